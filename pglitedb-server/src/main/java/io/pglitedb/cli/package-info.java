/**
 * The {@code pglitedb} command line ({@link io.pglitedb.cli.Main}): {@code serve} starts the
 * wire server on a data directory or in memory and stops cleanly on SIGTERM / Ctrl-C;
 * {@code version}; {@code help}. Errors are one line on stderr starting with {@code pglitedb:},
 * exit code 2.
 */
package io.pglitedb.cli;
