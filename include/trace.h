/* trace: when CROSSREAD_TRACE names a file, each phase of a start is
 * appended to it with the milliseconds since the process began, so that
 * where a slow start goes can be measured in the real reader (whose
 * terminal shows nothing else). Costs one branch when off. */
#ifndef CROSSREAD_TRACE_H
#define CROSSREAD_TRACE_H

/* Appends "ms what" to the trace file, if there is one. Thread-safe. */
void trace_mark(const char *what);

#endif
