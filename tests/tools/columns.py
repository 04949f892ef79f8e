#!/usr/bin/env python3
"""Reads text on stdin and prints the number of terminal columns of its widest line, counted
independently of redress with Python's Unicode database: East Asian wide and fullwidth
characters take two columns, combining marks and format characters (ZWNJ, LRM) none, escape
sequences (colour) none, anything else one. With a number N as argument, prints every line
wider than N instead, then "widest: W".
"""
import re
import sys
import unicodedata


def columns(line):
    line = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", line)
    width = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def main():
    lines = sys.stdin.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    widest = max((columns(l) for l in lines), default=0)
    if len(sys.argv) > 1:
        limit = int(sys.argv[1])
        for l in lines:
            if columns(l) > limit:
                print("too wide (%d): %s" % (columns(l), l))
    print("widest: %d" % widest)


if __name__ == "__main__":
    main()
