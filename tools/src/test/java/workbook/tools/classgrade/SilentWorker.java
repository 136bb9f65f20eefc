package workbook.tools.classgrade;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A stand-in for a grading worker that is stuck: it takes every submission and never gives a grade. */
public final class SilentWorker {

    private SilentWorker() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (jobs.readLine() != null) {
            // taken, and never graded
        }
    }
}
