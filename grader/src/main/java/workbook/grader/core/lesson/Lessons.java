package workbook.grader.core.lesson;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;

/** The list of lessons, read from {@code lessons/lessons.yaml} (packaged with the grader). */
public final class Lessons {

    /** One lesson: where it lives, what the student completes, what grades it, and its hints. */
    public record Lesson(String id, String folder, String className, String checks, Text title, List<Text> hints) {
        public Msg titleMsg() {
            return title.msg();
        }

        public String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        /** "01 에코 서버" or "01 Echo server". */
        public String label(Lang lang) {
            return id + " " + titleMsg().in(lang);
        }
    }

    /** A text in both languages as YAML holds it. */
    public record Text(String ko, String en) {
        public Msg msg() {
            return Msg.of(ko, en);
        }
    }

    private static final List<Lesson> ALL = load();

    private Lessons() {
    }

    public static List<Lesson> all() {
        return ALL;
    }

    /** A lesson by its number: "1", "01" and "01-echo" all find lesson 01. */
    public static Optional<Lesson> find(String idOrFolder) {
        String wanted = idOrFolder.trim();
        if (wanted.matches("\\d")) {
            wanted = "0" + wanted;
        }
        for (Lesson lesson : ALL) {
            if (lesson.id().equals(wanted) || lesson.folder().equals(wanted)) {
                return Optional.of(lesson);
            }
        }
        return Optional.empty();
    }

    public static Lesson byChecks(Class<?> checksClass) {
        return ALL.stream().filter(l -> l.checks().equals(checksClass.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(checksClass.getName() + " is not listed in lessons.yaml"));
    }

    private static List<Lesson> load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Lessons.class.getResourceAsStream("/workbook/lessons.yaml")) {
            if (in == null) {
                throw new IllegalStateException("lessons.yaml is missing from the grader's classpath");
            }
            return List.copyOf(yaml.readValue(in, new TypeReference<List<Lesson>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("lessons/lessons.yaml cannot be read", e);
        }
    }
}
