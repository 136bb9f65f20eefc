package workbook.tools.learner;

import java.io.PrintStream;
import java.nio.file.Path;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.grader.core.lesson.SourceCompiler;

/** Prints compile errors with the file and line a learner opens, in their language. */
final class CompileErrors {

    private CompileErrors() {
    }

    static void print(PrintStream out, SourceCompiler.Result result, Path home, Lang lang) {
        out.println();
        out.println(Msg.of("컴파일 오류가 있습니다. 아래 파일과 줄을 고친 뒤 다시 실행하세요:",
                "Your code does not compile. Fix these files and lines, then run again:").in(lang));
        for (SourceCompiler.Problem problem : result.errors()) {
            out.println("  " + problem.render(home));
        }
    }
}
