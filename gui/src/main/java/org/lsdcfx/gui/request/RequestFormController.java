package org.lsdcfx.gui.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.MountedPin;
import org.lsdcfx.gui.model.RequestDraft;
import org.lsdcfx.gui.model.RequestEdit;
import org.lsdcfx.gui.model.SampleSlot;
import org.lsdcfx.gui.model.SessionInfo;
import org.lsdcfx.gui.model.StoreOutcome;
import org.lsdcfx.gui.util.Numbers;

/**
 * The "Collection Parameters" panel: live validation against the beamline's limits (invalid fields marked, with
 * the reason as tooltip), detector distance ⇄ edge resolution and energy ⇄ wavelength kept consistent both ways,
 * protocol sub-panels, data location preview with the next run number, "Add to Queue" for the selected samples
 * (or the mounted one), and "Apply Changes" to the selected requests. Store writes go through the model's
 * {@link org.lsdcfx.gui.model.RequestService}; an edit based on an out-of-date request is reported as a conflict
 * and the form keeps the user's values. FX thread only.
 */
public final class RequestFormController {
    private static final String INVALID = "invalid";

    /** The request the form was loaded from, and its version at that moment. */
    private record Loaded(String uid, long version, String name) {
    }

    private final GuiModel model;
    private final SessionInfo session;
    private final RequestFormView view;
    private final RequestValidator validator;
    private final FieldCoupling coupling;
    private RequestDraft baseline;   // what the form held when loaded: Apply Changes writes only what differs
    private Loaded loaded;           // null until "Use Request Parameters"
    private Validation validation;
    private boolean updating;        // true while the controller itself writes fields (no coupling, no re-entry)

    public RequestFormController(GuiModel model) {
        this.model = model;
        this.session = model.session();
        this.view = new RequestFormView(session.beamSizes());
        this.validator = new RequestValidator(session.limits());
        this.coupling = new FieldCoupling(view.fields, session.limits().detectorRadius());
        view.basePath.setText(session.visitDirectory().isBlank() ? "(no visit directory set)"
                : session.visitDirectory() + (session.visitName().isBlank() ? "" : "  (visit " + session.visitName() + ")"));
        FormValues defaults = RequestObjMapper.fromDefaults(session.defaults(),
                session.beamSizes().stream().filter(b -> b.widthUm() == session.defaults().beamWidth()
                        && b.heightUm() == session.defaults().beamHeight()).findFirst()
                        .orElse(session.beamSizes().get(0)), null);
        show(defaults);
        recomputeResolution();
        baseline = RequestObjMapper.toDraft(read());
        wire();
        revalidate();
    }

    public Node view() {
        return view.root;
    }

    private void wire() {
        view.fields.forEach((f, t) -> t.textProperty().addListener((o, was, now) -> fieldEdited(f)));
        view.protocol.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                updating = true;
                try {
                    show(RequestObjMapper.forProtocol(read(), now, session.protocolDefaults()));
                } finally {
                    updating = false;
                }
            }
            revalidate();
        });
        view.edge.valueProperty().addListener((o, was, now) -> revalidate());
        view.beamSize.valueProperty().addListener((o, was, now) -> revalidate());
        model.selection().samplesProperty().addListener((o, was, now) -> updateDataPath());
        model.selection().requestsProperty().addListener((o, was, now) -> updateButtons());
        view.addToQueue.setOnAction(e -> addToQueue());
        view.applyChanges.setOnAction(e -> applyChanges());
    }

    // ---- field coupling ----

    private void fieldEdited(FieldId f) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            coupling.edited(f);
        } finally {
            updating = false;
        }
        revalidate();
    }

    private void recomputeResolution() {
        coupling.recomputeResolution();
    }

    // ---- reading and showing the form ----

    FormValues read() {
        Map<FieldId, String> text = new EnumMap<>(FieldId.class);
        view.fields.forEach((f, t) -> text.put(f, t.getText() == null ? "" : t.getText()));
        String edge = view.edge.getValue() == null ? "" : view.edge.getValue();
        int space = edge.indexOf(' ');
        return new FormValues(view.protocol.getValue() == null ? Protocols.STANDARD : view.protocol.getValue(), text,
                view.beamSize.getValue(), view.centering.getValue() == null ? "Interactive" : view.centering.getValue(),
                view.fastDP.isSelected(), view.fastEP.isSelected(), view.dimple.isSelected(), view.xia2.isSelected(),
                space < 0 ? edge : edge.substring(0, space), space < 0 ? "" : edge.substring(space + 1),
                view.spaceGroup.getText(), view.anomalous.isSelected());
    }

    private void show(FormValues v) {
        boolean was = updating;
        updating = true;
        try {
            v.text().forEach((f, s) -> {
                if (f != FieldId.TOTAL_EXPOSURE) {
                    view.fields.get(f).setText(s);
                }
            });
            view.protocol.setValue(v.protocol());
            view.centering.setValue(v.centering());
            if (v.beam() != null) {
                if (!view.beamSize.getItems().contains(v.beam())) {
                    view.beamSize.getItems().add(v.beam());
                }
                view.beamSize.setValue(v.beam());
            }
            view.fastDP.setSelected(v.fastDP());
            view.fastEP.setSelected(v.fastEP());
            view.dimple.setSelected(v.dimple());
            view.xia2.setSelected(v.xia2());
            view.edge.setValue(v.element() == null || v.element().isBlank() ? null : v.element() + " " + v.edge());
            view.spaceGroup.setText(v.spaceGroup());
            view.anomalous.setSelected(v.anomalous());
        } finally {
            updating = was;
        }
    }

    /** Loads a request's parameters into the form ("Use Request Parameters"). */
    public void load(Request r) {
        show(RequestObjMapper.fromRequest(r.requestObj(), read(), session.beamSizes()));
        updating = true;
        try {
            if (!r.requestObj().has(RequestKeys.RESOLUTION)) {
                recomputeResolution();
            }
        } finally {
            updating = false;
        }
        baseline = RequestObjMapper.toDraft(read());
        String name = r.requestObj().optString(RequestKeys.FILE_PREFIX).orElse("") + "_" + r.requestType();
        loaded = new Loaded(r.uid(), r.version(), name);
        view.loadedFrom.setText("Loaded from " + name + " (version " + r.version() + ")");
        revalidate();
    }

    // ---- validation ----

    private void revalidate() {
        FormValues v = read();
        validation = validator.validate(v, session.visitDirectory());
        view.fields.forEach((f, t) -> mark(t, validation.errors().get(f)));
        updating = true;
        try {
            view.fields.get(FieldId.TOTAL_EXPOSURE).setText(v.totalExposure().isPresent() && Protocols.usesRange(v.protocol())
                    ? Numbers.format(v.totalExposure().getAsDouble(), 3) : "");
        } finally {
            updating = false;
        }
        boolean stills = v.stills();
        view.labels.get(FieldId.RANGE).setText(stills ? "Number of images" : FieldId.RANGE.label());
        view.units.get(FieldId.RANGE).setText(stills ? "images" : FieldId.RANGE.unit());
        String p = v.protocol();
        boolean detector = Protocols.usesDetector(p);
        for (FieldId f : List.of(FieldId.WIDTH, FieldId.START, FieldId.DISTANCE, FieldId.RESOLUTION)) {
            view.fields.get(f).setDisable(!detector);
        }
        view.fields.get(FieldId.RANGE).setDisable(!Protocols.usesRange(p));
        boolean multi = Protocols.MULTI_COL.equals(p);
        for (Node n : List.of(view.fields.get(FieldId.DIFF_CUTOFF), view.labels.get(FieldId.DIFF_CUTOFF),
                view.units.get(FieldId.DIFF_CUTOFF))) {
            n.setVisible(multi);
            n.setManaged(multi);
        }
        Node sub = view.subPanel(p);
        if (view.protocolBox.getChildren().size() != 1 || view.protocolBox.getChildren().get(0) != sub) {
            view.protocolBox.getChildren().setAll(sub);
        }
        boolean processable = RequestObjMapper.processable(v);
        for (var box : List.of(view.fastDP, view.fastEP, view.dimple, view.xia2)) {
            box.setDisable(!processable);
        }
        if (validation.valid()) {
            setStatus("", null);
        } else {
            setStatus(validation.reason(), "status-warning");
        }
        updateDataPath();
        updateButtons();
    }

    private static void mark(TextField t, String error) {
        if (error == null) {
            t.getStyleClass().remove(INVALID);
            t.setTooltip(null);
        } else {
            if (!t.getStyleClass().contains(INVALID)) {
                t.getStyleClass().add(INVALID);
            }
            t.setTooltip(new Tooltip(error));
        }
    }

    private void setStatus(String text, String styleClass) {
        view.status.setText(text);
        view.status.getStyleClass().removeAll("status-warning", "status-error", "status-ok");
        if (styleClass != null) {
            view.status.getStyleClass().add(styleClass);
        }
    }

    private void updateDataPath() {
        view.dataPath.setText(DataLocation.preview(session.visitDirectory(), session.visitName(),
                view.fields.get(FieldId.PREFIX).getText(), targets()));
    }

    private void updateButtons() {
        view.applyChanges.setDisable(model.selection().requests().isEmpty());
    }

    // ---- submit ----

    /** Samples a new request goes to: the selected ones, else the mounted sample. */
    private List<SampleSlot> targets() {
        List<SampleSlot> selected = model.selection().samples();
        if (!selected.isEmpty()) {
            return selected;
        }
        MountedPin m = model.comm().mountedPinProperty().get();
        return m == null || m.isNone() ? List.of() : model.contents().sample(m.sampleUid()).map(List::of).orElse(List.of());
    }

    private void addToQueue() {
        revalidate();
        if (!validation.valid()) {
            setStatus("Not added: " + validation.reason(), "status-error");
            return;
        }
        List<SampleSlot> targets = targets();
        if (targets.isEmpty()) {
            setStatus("Not added: select one or more samples (or requests) in the dewar tree, or mount a sample",
                    "status-error");
            return;
        }
        RequestDraft draft = RequestObjMapper.toDraft(read());
        setStatus("Adding " + targets.size() + " request(s)…", null);
        model.requests().add(targets, draft, true).whenComplete((created, failure) -> model.fx().execute(() -> {
            if (failure != null) {
                setStatus("Not added: " + rootMessage(failure), "status-error");
            } else {
                setStatus("Added " + created.size() + " " + draft.protocol() + " request(s) to the queue", "status-ok");
            }
        }));
    }

    private void applyChanges() {
        revalidate();
        List<Request> selected = model.selection().requests();
        if (selected.isEmpty()) {
            setStatus("Nothing applied: select the requests to change in the dewar tree", "status-error");
            return;
        }
        if (!validation.valid()) {
            setStatus("Nothing applied: " + validation.reason(), "status-error");
            return;
        }
        RequestDraft draft = RequestObjMapper.toDraft(read());
        Map<String, Object> changed = RequestObjMapper.changedKeys(draft, baseline);
        boolean locationChanged = !draft.filePrefix().equals(baseline.filePrefix())
                || draft.fileNumberStart() != baseline.fileNumberStart();
        if (changed.isEmpty() && !(locationChanged && selected.size() == 1)) {
            setStatus("Nothing applied: no parameter differs from what the form was loaded with", "status-warning");
            return;
        }
        List<RequestEdit> edits = new ArrayList<>();
        for (Request r : selected) {
            Map<String, Object> changes = RequestObjMapper.mergeInto(r.requestObj(), changed);
            if (locationChanged && selected.size() == 1) { // LSDC: data location only when one request is selected
                changes.putAll(location(r, draft));
            }
            long expected = loaded != null && loaded.uid().equals(r.uid()) ? loaded.version() : r.version();
            edits.add(new RequestEdit(r, expected, changes));
        }
        setStatus("Applying changes to " + edits.size() + " request(s)…", null);
        model.requests().apply(edits).whenComplete((outcome, failure) -> model.fx().execute(() -> applied(outcome, failure)));
    }

    private Map<String, Object> location(Request r, RequestDraft draft) {
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<SampleSlot> s = model.contents().sample(r.sample());
        String prefix = draft.filePrefix().isBlank() ? s.map(SampleSlot::name).orElse("sample") : draft.filePrefix();
        m.put(RequestKeys.FILE_PREFIX, prefix);
        m.put(RequestKeys.FILE_NUMBER_START, draft.fileNumberStart());
        s.ifPresent(place -> m.put(RequestKeys.DIRECTORY, RequestObjBuilder.directory(
                r.requestObj().optString(RequestKeys.BASE_PATH).orElse(session.visitDirectory()),
                r.requestObj().optString(RequestKeys.VISIT_NAME).orElse(session.visitName()), prefix,
                r.requestObj().getInt(RequestKeys.RUN_NUM, 1), place.puckName(), place.pin())));
        return m;
    }

    private void applied(StoreOutcome outcome, Throwable failure) {
        if (failure != null) {
            setStatus("Not applied: " + rootMessage(failure), "status-error");
            return;
        }
        if (!outcome.conflicts().isEmpty()) {
            setStatus("Conflict: " + String.join(" ", outcome.conflicts())
                    + (outcome.done().isEmpty() ? "" : " (" + outcome.done().size() + " other request(s) changed)"),
                    "status-error");
        } else if (!outcome.problems().isEmpty()) {
            setStatus("Not applied: " + String.join("; ", outcome.problems()), "status-error");
        } else {
            setStatus("Changed " + outcome.done().size() + " request(s)", "status-ok");
            baseline = RequestObjMapper.toDraft(read());
            loaded = null;
            view.loadedFrom.setText("");
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c instanceof java.util.concurrent.CompletionException) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
