package org.sameboat.interop.exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sameboat.interop.InteropException;
import org.sameboat.model.store.AtomicFile;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * An exercise is a project folder with two more files: exercise.json (what the exercise is, whether it was handed
 * in) and exercise.key (the expert's codings, sealed until then). Both are written atomically.
 */
public final class ExerciseFolder {

    /** The exercise's description. */
    public static final String INFO_FILE = "exercise.json";
    /** The sealed expert codings. */
    public static final String KEY_FILE = "exercise.key";

    private final Path folder;

    public ExerciseFolder(Path folder) {
        this.folder = folder;
    }

    /** @return whether a folder holds an exercise */
    public static boolean isExercise(Path folder) {
        return Files.isRegularFile(folder.resolve(INFO_FILE));
    }

    public Path folder() {
        return folder;
    }

    /** @throws InteropException when the folder is no exercise or its description is damaged */
    public ExerciseInfo info() throws InteropException {
        Path file = folder.resolve(INFO_FILE);
        if (!Files.isRegularFile(file)) {
            throw new InteropException(folder + " is not an exercise (it has no " + INFO_FILE + "); make one with: sameboat exercise make");
        }
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            String word = json.get("variant").getAsString();
            Variant variant = Variant.of(word).orElseThrow(() -> new IllegalStateException("unknown variant '" + word + "'"));
            Optional<Submission> submission = Optional.empty();
            if (json.has("submitted")) {
                JsonObject s = json.getAsJsonObject("submitted");
                submission = Optional.of(new Submission(s.get("coder").getAsString(), Instant.parse(s.get("at").getAsString())));
            }
            Map<String, Review> reviews = new LinkedHashMap<>();
            if (json.has("reviews")) {
                for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("reviews").entrySet()) {
                    JsonObject r = e.getValue().getAsJsonObject();
                    reviews.put(e.getKey(), new Review(r.get("verdict").getAsString().equals("accepted"), r.get("comment").getAsString(),
                            Instant.parse(r.get("at").getAsString())));
                }
            }
            return new ExerciseInfo(variant, json.get("goldCoder").getAsString(), json.get("instructions").getAsString(),
                    json.get("source").getAsString(), Instant.parse(json.get("made").getAsString()), submission, reviews);
        } catch (IOException e) {
            throw new InteropException("cannot read " + file + ": " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                | DateTimeParseException e) {
            throw new InteropException(file + " is damaged (" + e.getMessage() + "); make the exercise again");
        }
    }

    public void write(ExerciseInfo info) throws InteropException {
        JsonObject json = new JsonObject();
        json.addProperty("format", 1);
        json.addProperty("variant", info.variant().word());
        json.addProperty("goldCoder", info.goldCoder());
        json.addProperty("instructions", info.instructions());
        json.addProperty("source", info.source());
        json.addProperty("made", info.made().toString());
        info.submission().ifPresent(s -> {
            JsonObject o = new JsonObject();
            o.addProperty("coder", s.coder());
            o.addProperty("at", s.at().toString());
            json.add("submitted", o);
        });
        if (!info.reviews().isEmpty()) {
            JsonObject reviews = new JsonObject();
            info.reviews().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                JsonObject r = new JsonObject();
                r.addProperty("verdict", e.getValue().verdict());
                r.addProperty("comment", e.getValue().comment());
                r.addProperty("at", e.getValue().at().toString());
                reviews.add(e.getKey(), r);
            });
            json.add("reviews", reviews);
        }
        String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
        writeText(INFO_FILE, text);
    }

    /** @return the sealed expert codings */
    public SealedKey key() throws InteropException {
        Path file = folder.resolve(KEY_FILE);
        try {
            return SealedKey.unseal(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InteropException("cannot read " + file + " (" + e.getMessage() + "); the exercise's key is missing");
        }
    }

    public void write(SealedKey key) throws InteropException {
        writeText(KEY_FILE, key.seal());
    }

    private void writeText(String name, String text) throws InteropException {
        Path file = folder.resolve(name);
        try {
            AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InteropException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
