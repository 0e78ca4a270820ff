package org.pathwise.ui.common;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens web addresses in the learner's browser, and nothing but http and https ones. */
public final class Links {
    private final Consumer<String> browser;

    public Links(Consumer<String> browser) {
        this.browser = browser;
    }

    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** True when the address was handed to the browser. */
    public boolean open(String url) {
        if (!isWebAddress(url)) {
            return false;
        }
        browser.accept(url);
        return true;
    }
}
