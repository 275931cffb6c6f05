/* word8: eight bytes of text as one 64-bit little-endian word (byte k in
 * bits 8k to 8k + 7) whatever the machine's order, for the scans that test
 * eight bytes at a time (text, lexicon, entity). One copy, so that the
 * byte-order and buffer-end care is written once. */
#ifndef CROSSREAD_WORD8_H
#define CROSSREAD_WORD8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The eight bytes at p. */
static inline uint64_t word8_load(const void *p)
{
	uint64_t x;
	memcpy(&x, p, sizeof x);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

/* Word x back into the eight bytes at p. */
static inline void word8_store(void *p, uint64_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	memcpy(p, &x, sizeof x);
}

/* The bytes of s[0..n), n < 8, the bytes above them zero: reads only
 * those bytes (a word may end a buffer), in at most three loads. */
static inline uint64_t word8_load_short(const char *s, size_t n)
{
	if (n >= 4) {
		uint32_t lo, hi;
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		lo = __builtin_bswap32(lo);
		hi = __builtin_bswap32(hi);
#endif
		return lo | (uint64_t)hi << 8 * (n - 4);
	}
	if (n == 0)
		return 0;
	return (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 * (n / 2) |
	       (uint64_t)(unsigned char)s[n - 1] << 8 * (n - 1);
}

/* The bytes of x, n of them (0 < n < 8) as word8_load_short gives them,
 * into out[0..n), in as many stores as it took loads. */
static inline void word8_store_short(char *out, uint64_t x, size_t n)
{
	if (n >= 4) {
		uint32_t lo = (uint32_t)x, hi = (uint32_t)(x >> 8 * (n - 4));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		lo = __builtin_bswap32(lo);
		hi = __builtin_bswap32(hi);
#endif
		memcpy(out, &lo, 4);
		memcpy(out + n - 4, &hi, 4);
		return;
	}
	out[0] = (char)x;
	out[n / 2] = (char)(x >> 8 * (n / 2));
	out[n - 1] = (char)(x >> 8 * (n - 1));
}

#endif
