package org.pathwise.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, "development build" when run from the sources. */
public final class Version implements IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Pathwise " + current()};
    }
}
