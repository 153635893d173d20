"""Command line of expectlib: ``python -m expectlib <command>``.

Commands:

- ``doctor``: check that this environment can run the lessons; print a fix for each problem.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one subcommand per tool."""
    from . import __version__, doctor

    parser = argparse.ArgumentParser(
        prog="python -m expectlib",
        description="Expectations Workbook helper commands.",
    )
    parser.add_argument("--version", action="version", version=f"expectlib {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="<command>")
    doc = sub.add_parser(
        "doctor",
        help="check Python, packages, the widget front end and the kernel",
        description=doctor.__doc__.split("\n")[0],
    )
    doctor.add_arguments(doc)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and run the command; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "doctor":
        from . import doctor

        return doctor.run(lock=args.lock, strict=args.strict)
    parser.print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
