package org.projectnexus.gui.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.KnowledgeGraph;

/**
 * The graph on a canvas: entries as dots coloured by kind, links as lines. Scroll to zoom, drag the background to
 * pan, drag a dot to move it, click a dot to open the entry. Only drawing happens here; the layout comes from the
 * {@link GraphViewModel}, computed in the background.
 */
public final class GraphView extends Pane {

    private static final double RADIUS = 7;
    static final Map<EntryKind, Color> COLOURS = Map.of(EntryKind.NOTE, Color.web("#3b82f6"),
            EntryKind.CHALLENGE, Color.web("#f97316"), EntryKind.TAKEAWAY, Color.web("#22c55e"));

    private final Canvas canvas = new Canvas();
    private GraphViewModel.Laid laid;
    private double scale = 1;
    private double offsetX;
    private double offsetY;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private UUID draggedNode;
    private UUID hovered;

    public GraphView(GraphViewModel viewModel, Consumer<UUID> open) {
        getStyleClass().add("graph-view");
        canvas.setId("graphCanvas");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(changed -> draw());
        canvas.heightProperty().addListener(changed -> draw());
        viewModel.laidProperty().addListener((property, old, now) -> {
            laid = now;
            fit();
            draw();
        });
        canvas.setOnScroll(this::zoom);
        canvas.setOnMousePressed(event -> {
            pressX = event.getX();
            pressY = event.getY();
            dragged = false;
            draggedNode = nodeAt(event.getX(), event.getY());
        });
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(event -> {
            UUID clicked = nodeAt(event.getX(), event.getY());
            if (!dragged && clicked != null) {
                open.accept(clicked);
            }
            draggedNode = null;
        });
        canvas.setOnMouseMoved(event -> {
            UUID over = nodeAt(event.getX(), event.getY());
            if (!java.util.Objects.equals(over, hovered)) {
                hovered = over;
                draw();
            }
        });
    }

    /** Where a node is drawn, in screen coordinates (for tests and tooltips); null when it is not shown. */
    public Point2D screenPointOf(UUID id) {
        double[] position = laid == null ? null : laid.positions().byId().get(id);
        return position == null ? null : canvas.localToScreen(toScreenX(position[0]), toScreenY(position[1]));
    }

    private void drag(MouseEvent event) {
        double moveX = event.getX() - pressX;
        double moveY = event.getY() - pressY;
        if (Math.abs(moveX) + Math.abs(moveY) > 3) {
            dragged = true;
        }
        if (draggedNode != null && laid != null) {
            double[] position = laid.positions().byId().get(draggedNode);
            position[0] = (event.getX() - offsetX) / scale;
            position[1] = (event.getY() - offsetY) / scale;
        } else {
            offsetX += moveX;
            offsetY += moveY;
            pressX = event.getX();
            pressY = event.getY();
        }
        draw();
    }

    private void zoom(ScrollEvent event) {
        double factor = event.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
        offsetX = event.getX() - (event.getX() - offsetX) * factor;
        offsetY = event.getY() - (event.getY() - offsetY) * factor;
        scale *= factor;
        draw();
    }

    /** Scales and centres the layout to fill the view. */
    private void fit() {
        if (laid == null || laid.positions().byId().isEmpty() || getWidth() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] position : laid.positions().byId().values()) {
            minX = Math.min(minX, position[0]);
            minY = Math.min(minY, position[1]);
            maxX = Math.max(maxX, position[0]);
            maxY = Math.max(maxY, position[1]);
        }
        double margin = 40;
        scale = Math.min((getWidth() - 2 * margin) / Math.max(1, maxX - minX),
                (getHeight() - 2 * margin) / Math.max(1, maxY - minY));
        scale = Math.min(scale, 2.5);
        offsetX = getWidth() / 2 - (minX + maxX) / 2 * scale;
        offsetY = getHeight() / 2 - (minY + maxY) / 2 * scale;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f8fafc"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (laid == null) {
            return;
        }
        Map<UUID, double[]> positions = laid.positions().byId();
        g.setStroke(Color.web("#94a3b8", 0.6));
        g.setLineWidth(1);
        for (KnowledgeGraph.Edge edge : laid.graph().edges()) {
            double[] from = positions.get(edge.from());
            double[] to = positions.get(edge.to());
            g.strokeLine(toScreenX(from[0]), toScreenY(from[1]), toScreenX(to[0]), toScreenY(to[1]));
        }
        g.setFont(Font.font(11));
        Map<UUID, Integer> degree = new java.util.HashMap<>();
        java.util.Set<UUID> neighbours = new java.util.HashSet<>();
        for (KnowledgeGraph.Edge edge : laid.graph().edges()) {
            degree.merge(edge.from(), 1, Integer::sum);
            degree.merge(edge.to(), 1, Integer::sum);
            if (edge.from().equals(hovered)) {
                neighbours.add(edge.to());
            } else if (edge.to().equals(hovered)) {
                neighbours.add(edge.from());
            }
        }
        List<LabelPlacement.Candidate> candidates = new java.util.ArrayList<>();
        Map<UUID, String> titles = new java.util.HashMap<>();
        for (KnowledgeGraph.Node node : laid.graph().nodes()) {
            double[] position = positions.get(node.id());
            double x = toScreenX(position[0]);
            double y = toScreenY(position[1]);
            boolean emphasised = node.id().equals(laid.centre()) || node.id().equals(hovered);
            double radius = emphasised || neighbours.contains(node.id()) ? RADIUS * 1.5 : RADIUS;
            g.setFill(COLOURS.get(node.kind()));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            // The hovered entry and its neighbours are always labelled; the rest as space allows, best connected first.
            int priority = emphasised ? ALWAYS + 1 : neighbours.contains(node.id()) ? ALWAYS
                    : degree.getOrDefault(node.id(), 0);
            titles.put(node.id(), node.title());
            candidates.add(new LabelPlacement.Candidate(node.id(), x + radius + 3, y - 7,
                    node.title().length() * CHARACTER_WIDTH, 14, priority));
        }
        g.setFill(Color.web("#1f2328"));
        for (LabelPlacement.Candidate label : LabelPlacement.place(candidates, ALWAYS)) {
            g.fillText(titles.get(label.id()), label.x(), label.y() + 11);
        }
    }

    /** Labels from this priority on are drawn even where they overlap others (the hovered neighbourhood). */
    private static final int ALWAYS = 1_000_000;
    /** The width of a character of the labels' 11 px font, near enough to keep labels apart without measuring each. */
    private static final double CHARACTER_WIDTH = 6.2;

    private UUID nodeAt(double screenX, double screenY) {
        if (laid == null) {
            return null;
        }
        for (KnowledgeGraph.Node node : laid.graph().nodes()) {
            double[] position = laid.positions().byId().get(node.id());
            if (Math.hypot(toScreenX(position[0]) - screenX, toScreenY(position[1]) - screenY) <= RADIUS + 2) {
                return node.id();
            }
        }
        return null;
    }

    private double toScreenX(double x) {
        return x * scale + offsetX;
    }

    private double toScreenY(double y) {
        return y * scale + offsetY;
    }
}
