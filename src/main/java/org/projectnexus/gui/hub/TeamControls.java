package org.projectnexus.gui.hub;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.projectnexus.gui.dialogs.DialogSizes;
import org.projectnexus.model.HubMembership;
import static org.projectnexus.gui.dialogs.MenuItems.item;

/**
 * The team hub's parts of the main window (issue 27): a header above the editor (the entry's space, who changed it
 * last, share or make personal), a section of spaces in the sidebar that filters the list, the sync indicator in the
 * status bar, and a Team menu. All of them show only once the knowledge base has joined a team.
 */
public final class TeamControls {

    static final String ALL_SPACES = "All spaces";
    /** Pixels the section of spaces wants: its title and four rows. */
    private static final double SECTION_HEIGHT = 175;

    private final TeamViewModel team;
    private final SpaceViewModel spaces;
    private final Supplier<ConflictsViewModel> conflicts;
    private final SignIn signIn;
    private final Supplier<Window> owner;
    private final DialogSizes sizes;
    private final Button shareButton = new Button();
    private final ListView<String> spaceList = new ListView<>();

    /** {@code conflicts}: a fresh model for each opening of the Conflicts view. */
    public TeamControls(TeamViewModel team, SpaceViewModel spaces, Supplier<ConflictsViewModel> conflicts,
                        SignIn signIn, Supplier<Window> owner, DialogSizes sizes) {
        this.team = team;
        this.spaces = spaces;
        this.conflicts = conflicts;
        this.signIn = signIn;
        this.owner = owner;
        this.sizes = sizes;
        spaces.refusalProperty().addListener((property, old, reason) -> {
            if (!reason.isEmpty()) {
                refuse(reason);
            }
        });
    }

    /** The line above the editor: "Team cohort · changed last by bob   [Make personal]", or "Personal   [Share…]". */
    public Node header() {
        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(spaces.openSpaceProperty().map(space ->
                SpaceViewModel.PERSONAL.equals(space) ? Feather.USER : Feather.USERS));
        Label space = new Label();
        space.setId("spaceLabel");
        space.setGraphic(icon);
        space.textProperty().bind(spaces.openSpaceProperty().map(name ->
                SpaceViewModel.PERSONAL.equals(name) ? "Personal: only on this machine" : "Team " + name));
        Label changedBy = new Label();
        changedBy.setId("changedByLabel");
        changedBy.getStyleClass().add("changed-by");
        changedBy.textProperty().bind(spaces.openChangedByProperty().map(by -> by.isEmpty() ? "" : "changed last by " + by));
        shareButton.setId("shareButton");
        shareButton.textProperty().bind(Bindings.createStringBinding(() -> shareText(), spaces.openSpaceProperty(),
                team.teams()));
        shareButton.setOnAction(event -> shareOrUnshare());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, space, changedBy, gap, shareButton);
        header.setId("spaceHeader");
        header.getStyleClass().add("space-header");
        header.visibleProperty().bind(spaces.openSpaceProperty().isNotEmpty());
        header.managedProperty().bind(header.visibleProperty());
        return header;
    }

    private String shareText() {
        String space = spaces.openSpaceProperty().get();
        if (!SpaceViewModel.PERSONAL.equals(space)) {
            return "Make personal";
        }
        List<HubMembership> joined = team.teams();
        return joined.size() == 1 ? "Share with " + joined.get(0).team() : "Share…";
    }

    private void shareOrUnshare() {
        if (!SpaceViewModel.PERSONAL.equals(spaces.openSpaceProperty().get())) {
            spaces.unshareOpen();
            return;
        }
        if (team.teams().size() == 1) {
            spaces.shareOpen(team.teams().get(0).team());
            return;
        }
        ContextMenu choices = new ContextMenu();
        team.teams().forEach(joined -> choices.getItems().add(item("Share with " + joined.team(), null, Feather.USERS,
                () -> spaces.shareOpen(joined.team()))));
        choices.show(shareButton, javafx.geometry.Side.BOTTOM, 0, 0);
    }

    private void refuse(String reason) {
        Alert refused = new Alert(Alert.AlertType.WARNING, reason);
        refused.setHeaderText("Not shared");
        refused.getDialogPane().setId("shareRefusal");
        refused.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        refused.initOwner(owner.get());
        refused.setOnHidden(event -> spaces.clearRefusal());
        refused.show();
    }

    /**
     * Puts the section of spaces at the end of {@code sidebarParts} once a team is joined: All spaces, Personal and
     * each team; choosing one filters the entry list.
     */
    public void attachSidebar(SplitPane sidebar) {
        ObservableList<Node> sidebarParts = sidebar.getItems();
        spaceList.setId("spaceList");
        spaceList.setPrefHeight(130);
        spaceList.getSelectionModel().selectedItemProperty().addListener((property, old, chosen) ->
                spaces.filterProperty().set(chosen == null || chosen.equals(ALL_SPACES) ? null : chosen));
        spaceList.setOnContextMenuRequested(event -> { // a team to sign in to: its way is here too
            ContextMenu signIns = new ContextMenu();
            signIn.needed().forEach(joined -> signIns.getItems().add(item("Sign in to " + joined.team() + "…", null,
                    Feather.LOG_IN, () -> showSignIn(joined))));
            if (!signIns.getItems().isEmpty()) {
                signIns.show(spaceList, event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
        Label title = new Label("Spaces");
        title.getStyleClass().add("section-title");
        VBox section = new VBox(4, title, spaceList);
        section.setId("spaceSection");
        section.getStyleClass().add("space-section");
        VBox.setVgrow(spaceList, Priority.ALWAYS);
        team.teams().addListener((ListChangeListener<HubMembership>) change -> {
            String chosen = spaceList.getSelectionModel().getSelectedItem();
            List<String> names = new java.util.ArrayList<>(List.of(ALL_SPACES, SpaceViewModel.PERSONAL));
            team.teams().forEach(joined -> names.add(joined.team()));
            if (!names.equals(spaceList.getItems())) {
                spaceList.getItems().setAll(names);
                spaceList.getSelectionModel().select(chosen == null ? ALL_SPACES : chosen);
            }
            if (team.teams().isEmpty()) {
                sidebarParts.remove(section);
            } else if (!sidebarParts.contains(section)) {
                double[] above = sidebar.getDividerPositions();
                sidebarParts.add(section);
                // The spaces get room for their rows at the bottom; the list keeps its height if it can, the tags
                // share the rest.
                double spaces = Math.min(0.35, SECTION_HEIGHT / Math.max(sidebar.getHeight(), 1));
                double list = Math.min(above.length > 0 ? above[0] : 0.6, 1 - spaces - 0.12);
                sidebar.setDividerPositions(list, 1 - spaces);
            }
        });
    }

    /**
     * The status bar's sync indicator: synced, pending N, offline, conflicts N, sign in; a click syncs, shows the
     * conflicts, or asks for the password of the team (of each team, one after the other) to sign in to.
     */
    public Node indicator() {
        Button indicator = new Button();
        indicator.setId("syncIndicator");
        indicator.getStyleClass().addAll("flat", "sync-indicator");
        team.indicatorProperty().addListener((property, old, now) -> {
            indicator.setText(now.text());
            indicator.getStyleClass().removeIf(style -> style.startsWith("sync-state-"));
            indicator.getStyleClass().add("sync-state-" + now.state().name().toLowerCase(java.util.Locale.ROOT));
            indicator.setGraphic(new FontIcon(switch (now.state()) {
                case OFFLINE -> Feather.WIFI_OFF;
                case CONFLICTS, FAILED -> Feather.ALERT_TRIANGLE;
                case SIGN_IN -> Feather.LOG_IN;
                case PENDING, SYNCING -> Feather.UPLOAD_CLOUD;
                default -> Feather.CHECK_CIRCLE;
            }));
        });
        indicator.visibleProperty().bind(team.indicatorProperty().map(now -> now.state() != SyncIndicator.State.NONE));
        indicator.managedProperty().bind(indicator.visibleProperty());
        indicator.setOnAction(event -> {
            SyncIndicator.State state = team.indicatorProperty().get().state();
            if (state == SyncIndicator.State.CONFLICTS) {
                showConflicts();
            } else if (state == SyncIndicator.State.SIGN_IN) {
                signIn.needed().stream().findFirst().ifPresent(this::showSignIn);
            } else {
                team.requestSync();
            }
        });
        return indicator;
    }

    /** Team: share or make personal the open entry, sign in to a team (one item each), sync now, the Conflicts view. */
    public Menu menu() {
        MenuItem share = item("Share with the team", null, Feather.USERS, this::shareOrUnshare);
        share.setId("shareMenu");
        share.textProperty().bind(shareButton.textProperty());
        share.disableProperty().bind(spaces.openSpaceProperty().isEmpty());
        MenuItem conflictsItem = item("Conflicts…", null, Feather.GIT_MERGE, this::showConflicts);
        conflictsItem.setId("conflictsMenu");
        SeparatorMenuItem signInEnd = new SeparatorMenuItem();
        Menu menu = new Menu("Team", null, share, new SeparatorMenuItem(), signInEnd,
                item("Sync now", null, Feather.REFRESH_CW, team::requestSync), conflictsItem);
        menu.setId("teamMenu");
        menu.setOnShowing(event -> {
            menu.getItems().removeIf(old -> "signInItem".equals(old.getUserData()));
            int at = menu.getItems().indexOf(signInEnd);
            List<HubMembership> needed = signIn.needed();
            signInEnd.setVisible(!needed.isEmpty());
            for (HubMembership joined : needed) {
                MenuItem ask = item("Sign in to " + joined.team() + "…", null, Feather.LOG_IN, () -> showSignIn(joined));
                ask.setId("signInMenu-" + joined.team());
                ask.setUserData("signInItem");
                menu.getItems().add(at++, ask);
            }
        });
        menu.visibleProperty().bind(Bindings.isNotEmpty(team.teams()));
        return menu;
    }

    /** Asks for the team's password; once signed in, the team syncs and the indicator follows. */
    public void showSignIn(HubMembership joined) {
        new SignInDialog(signIn.attempt(joined), owner.get()).show();
    }

    public void showConflicts() {
        new ConflictsWindow(conflicts.get(), owner.get(), sizes).show();
    }
}
