package dev.strata.devdb;

import dev.strata.StrataException;

/** A dev database that holds objects Strata did not put there: Strata refuses to empty it. */
public final class NotCleanException extends StrataException {

    private static final long serialVersionUID = 1L;

    NotCleanException(String redactedUrl, String found) {
        super("dev database " + redactedUrl + " is not clean: found " + found + " (Strata uses only an empty"
                + " database or schema, which it then empties before and after each use; give it one of its own,"
                + " e.g. CREATE DATABASE dev, or embedded://postgres)");
    }
}
