package org.projectnexus.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build from the pom). */
public final class NexusVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = NexusVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Nexus " + (version == null ? "(development build)" : version)};
    }
}
