#!/usr/bin/python3
"""Checks, with ICU's implementation of the Unicode bidi algorithm (UAX #9), that the lines of a
table on stdin keep their columns in place on a bidi-aware terminal (VTE, Konsole, mlterm reorder
each line as UAX #9 says, the paragraph's direction taken from its first strong character).

Columns are found from the header line (the first line): a column starts where a header word
starts after two or more spaces. For each later line, every character that logically belongs to
a column must be shown inside that column's span of screen cells, in the same column order.
Prints one line per table line: "ok", or which column's text moved where. With --strip-marks
the left-to-right and right-to-left marks are removed first, to show what they prevent.

A truncated right-to-left cell must show its ellipsis at its logical end, which is its
leftmost screen cell: reported as "ellipsis misplaced" otherwise.
"""
import re
import sys
import unicodedata

import icu

LRM, RLM = "\u200e", "\u200f"


def width(ch):
    if unicodedata.combining(ch) or ch in (LRM, RLM, "\u200d", "\u200c", "\ufe0f"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def columns_of(header):
    starts = [0] + [m.end() for m in re.finditer(r"  +", header.rstrip())]
    return starts


def visual_order(text):
    """The logical indices of `text`'s characters in the order a terminal shows them."""
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), icu.Bidi.DEFAULT_LTR)
    units = bidi.getVisualMap()
    # ICU counts UTF-16 code units; map them back to characters.
    unit_to_char = []
    for i, ch in enumerate(text):
        unit_to_char.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    order = []
    for u in units:
        if u < 0:
            continue
        c = unit_to_char[u]
        if not order or order[-1] != c:
            order.append(c)
    return order


def check(line, starts):
    # Each character's column, from its logical screen position (marks take none).
    col_of, pos = [], 0
    for ch in line:
        col = max(i for i, s in enumerate(starts) if s <= pos)
        col_of.append(col)
        pos += width(ch)
    screen, cell = {}, 0
    for i in visual_order(line):
        screen[i] = cell
        cell += width(line[i])
    for i, ch in enumerate(line):
        if ch == " " or width(ch) == 0:
            continue
        col = col_of[i]
        lo = starts[col]
        hi = starts[col + 1] if col + 1 < len(starts) else 10**6
        if not lo <= screen[i] < hi:
            return "column %d moved: %r shown at cell %d, outside %d-%d" % (col + 1, ch, screen[i], lo, hi - 1)
        if ch == "…":
            cell_chars = [j for j in range(len(line)) if col_of[j] == col and line[j] not in " …" and width(line[j])]
            rtl = any(unicodedata.bidirectional(line[j]) in ("R", "AL") for j in cell_chars[:1])
            if rtl and cell_chars and screen[i] > min(screen[j] for j in cell_chars):
                return "ellipsis misplaced in column %d" % (col + 1)
    return "ok"


def main():
    strip = "--strip-marks" in sys.argv
    lines = sys.stdin.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        return
    starts = columns_of(lines[0])
    for line in lines[1:]:
        if strip:
            line = line.replace(LRM, "").replace(RLM, "")
        print(check(line, starts))


main()
