package org.projectnexus.logic.hub;

import java.nio.file.Path;
import java.time.Clock;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SyncReport;

/** Two knowledge bases, Ann's and Bob's, members of one team on a hub: what the hub's fault tests start from. */
final class HubPair implements AutoCloseable {

    final String team;
    final String annRole;
    final String bobRole;
    final Path annHome;
    final Path bobHome;
    KnowledgeBase ann;
    KnowledgeBase bob;

    HubPair(Path homes, String adminUrl, String memberUrl, String team, String annRole, String bobRole) {
        this.team = team;
        this.annRole = annRole;
        this.bobRole = bobRole;
        this.annHome = homes.resolve("ann");
        this.bobHome = homes.resolve("bob");
        ann = KnowledgeBase.open(annHome, Clock.systemUTC());
        bob = KnowledgeBase.open(bobHome, Clock.systemUTC());
        ann.teamHub().init(adminUrl, team, null);
        String annPassword = ann.teamHub().invite(adminUrl, team, annRole, null);
        String bobPassword = ann.teamHub().invite(adminUrl, team, bobRole, null);
        ann.teamHub().join(memberUrl, team, annRole, annPassword.toCharArray(), true);
        bob.teamHub().join(memberUrl, team, bobRole, bobPassword.toCharArray(), true);
    }

    static Entry note(KnowledgeBase kb, String title, String body) {
        return kb.entries().add(kb.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    static Entry edit(KnowledgeBase kb, java.util.UUID id, String body) {
        Entry entry = kb.entries().find(id).orElseThrow();
        return kb.entries().save(entry.withText(entry.title(), body));
    }

    static SyncReport sync(KnowledgeBase kb) {
        return kb.teamHub().sync(null).get(0);
    }

    /** An entry Ann made and shared, synced to both. */
    Entry shared(String title, String body) {
        Entry entry = note(ann, title, body);
        ann.teamHub().share(title, null);
        sync(ann);
        sync(bob);
        return entry;
    }

    void closeAnn() {
        ann.close();
    }

    void openAnn() {
        ann = KnowledgeBase.open(annHome, Clock.systemUTC());
    }

    @Override
    public void close() {
        ann.close();
        bob.close();
    }
}
