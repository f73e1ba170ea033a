# The words around every problem the validator and the file readers report (src/text/problems.rs).
# Each area's messages are in problems-files.ftl, problems-validate.ftl, problems-checks.ftl and
# problems-overlays.ftl.

# The heading of a problem that stops a file from loading: `error[code]: …`.
problem-error = error
# The heading of a problem worth fixing that does not stop the file: `warning[code]: …`.
problem-warning = warning
# The line that says what to do: `help: …`.
problem-help = help
