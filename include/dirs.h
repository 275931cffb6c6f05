/* dirs: making the directories a file of crossread's own lives in (the
 * search history, the state database), as mkdir -p does, private to the
 * user: what is kept there says what the user read and looked for. */
#ifndef CROSSREAD_DIRS_H
#define CROSSREAD_DIRS_H

/* Makes every missing directory above path (mode 0700). Returns 0, or -1
 * with *err set ("cannot create DIR: why"). */
int dirs_make_parents(const char *path, char **err);

#endif
