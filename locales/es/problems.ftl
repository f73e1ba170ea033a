# Spanish: the words around every problem the validator and the file readers report. Ids as in locales/en/problems.ftl.

problem-error = error
problem-warning = aviso
problem-help = ayuda
