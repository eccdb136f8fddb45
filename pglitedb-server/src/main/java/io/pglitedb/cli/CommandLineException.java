package io.pglitedb.cli;

/** A wrong command line or an unusable setting: printed as one line on stderr, exit code 2. */
final class CommandLineException extends Exception {
    CommandLineException(String message) {
        super(message, null, false, false);
    }
}
