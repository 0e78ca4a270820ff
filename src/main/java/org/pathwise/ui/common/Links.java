package org.pathwise.ui.common;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens web addresses in the learner's browser, and nothing but http and https ones. */
public final class Links {
    private final Consumer<String> browser;
    private Consumer<String> opened = url -> { };

    public Links(Consumer<String> browser) {
        this.browser = browser;
    }

    /** What to show once an address went to the browser, which gives no sign of its own when it fails. */
    public void onOpened(Consumer<String> feedback) {
        this.opened = feedback;
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
        try {
            browser.accept(url);
        } catch (RuntimeException e) {
            System.getLogger(Links.class.getName()).log(System.Logger.Level.WARNING, "no browser for " + url, e);
        }
        opened.accept(url);
        return true;
    }
}
