package org.pathwise.model;

import java.util.Locale;
import java.util.Optional;

/**
 * An enum written in files and on the command line by a short word, its key. By default the key is
 * the constant's name in lower case with hyphens (IN_PROGRESS is in-progress); an enum whose files
 * use other words overrides {@link #key()}.
 */
public interface Keyed {
    /** Implemented by every enum constant. */
    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant among {@code values} whose key is {@code key}, if any. */
    static <E extends Keyed> Optional<E> byKey(E[] values, String key) {
        for (E e : values) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
