package org.projectnexus.logic.store.hub;

import java.util.regex.Pattern;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * What a team's and a member's names may be. A member's name is their PostgreSQL role, so it is kept to what needs
 * no quoting anywhere: lower-case letters, digits and underscores, starting with a letter.
 */
public final class HubRules {

    private static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final Pattern MEMBER = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** The oldest PostgreSQL a hub runs on (row-level security as used here, gen_random_uuid in core). */
    public static final int OLDEST_SERVER = 130000;

    private HubRules() {
    }

    public static String team(String name) {
        if (name == null || !TEAM.matcher(name).matches()) {
            throw new NexusException("“" + SafeText.forDisplay(String.valueOf(name)) + "” cannot be a team's name: use up"
                    + " to 40 lower-case letters, digits, - and _.");
        }
        return name;
    }

    public static String member(String name) {
        if (name == null || !MEMBER.matcher(name).matches() || name.startsWith("pg_")) {
            throw new NexusException("“" + SafeText.forDisplay(String.valueOf(name)) + "” cannot be a member's name: use up"
                    + " to 40 lower-case letters, digits and _, starting with a letter.");
        }
        return name;
    }
}
