package org.pathwise.progress;

/** A failure of the progress store that a learner can act on; its message is a sentence for them. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Another Pathwise holds the data folder. */
    public static final class AlreadyOpen extends StoreException {
        private static final long serialVersionUID = 1L;

        public AlreadyOpen(String message) {
            super(message);
        }
    }

    /** The database was written by a newer Pathwise; it is left exactly as it is. */
    public static final class NewerDatabase extends StoreException {
        private static final long serialVersionUID = 1L;

        public NewerDatabase(String message) {
            super(message);
        }
    }
}
