package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.EntryKind;

/** The three-way merge: what merges silently, and what is a conflict. */
class LineMergeTest {

    @Test
    void changesOfSeparateLinesMerge() {
        assertThat(LineMerge.merge("a\nb\nc\nd\ne", "A\nb\nc\nd\ne", "a\nb\nc\nd\nE")).contains("A\nb\nc\nd\nE");
    }

    @Test
    void changesOfNeighbouringLinesMergeWhenEachLineChangedOnOneSideOnly() {
        assertThat(LineMerge.merge("a\nb\nc", "A\nb\nc", "a\nB\nc")).contains("A\nB\nc");
    }

    @Test
    void insertionsAtDifferentPlacesMerge() {
        assertThat(LineMerge.merge("one\ntwo\nthree\nfour", "zero\none\ntwo\nthree\nfour", "one\ntwo\nthree\nfour\nfive"))
                .contains("zero\none\ntwo\nthree\nfour\nfive");
        assertThat(LineMerge.merge("one\ntwo\nthree", "one\ntwo\nthree\n", "ONE\ntwo\nthree")).contains("ONE\ntwo\nthree\n");
    }

    @Test
    void aDeletedLineAndAnEditElsewhereMerge() {
        assertThat(LineMerge.merge("a\nb\nc\nd", "a\nc\nd", "a\nb\nc\nD")).contains("a\nc\nD");
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        assertThat(LineMerge.merge("a\nb", "a\nB\nnew", "a\nB\nnew")).contains("a\nB\nnew");
    }

    @Test
    void differentChangesOfTheSameLineConflict() {
        assertThat(LineMerge.merge("a\nb\nc", "a\nmine\nc", "a\ntheirs\nc")).isEmpty();
        assertThat(LineMerge.merge("a\nb", "a\nb\nmine", "a\nb\ntheirs")).isEmpty();
    }

    @Test
    void aRenameOnOneSideAndAnEditOnTheOtherBothSurvive() {
        EntryFields base = new EntryFields(EntryKind.NOTE, "Old", "body", null, null, null, null);
        EntryFields renamed = new EntryFields(EntryKind.NOTE, "New", "body", null, null, null, null);
        EntryFields edited = new EntryFields(EntryKind.NOTE, "Old", "body, edited", null, null, null, null);
        assertThat(EntryMerge.merge(base, renamed, edited))
                .contains(new EntryFields(EntryKind.NOTE, "New", "body, edited", null, null, null, null));
        EntryFields otherName = new EntryFields(EntryKind.NOTE, "Other", "body", null, null, null, null);
        assertThat(EntryMerge.merge(base, renamed, otherName)).isEmpty();
    }

    @Test
    void aChallengesFieldsMergeEachOnTheirOwn() {
        EntryFields base = new EntryFields(EntryKind.CHALLENGE, "Lag", "", "p", "s", "OPEN", null);
        EntryFields mine = new EntryFields(EntryKind.CHALLENGE, "Lag", "", "p", "s2", "OPEN", null);
        EntryFields theirs = new EntryFields(EntryKind.CHALLENGE, "Lag", "", "p2", "s", "SOLVED", null);
        assertThat(EntryMerge.merge(base, mine, theirs))
                .contains(new EntryFields(EntryKind.CHALLENGE, "Lag", "", "p2", "s2", "SOLVED", null));
    }
}
