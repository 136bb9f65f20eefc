package workbook.grader.lessons.chatroom;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.lessons.common.CommonRules;

@LessonChecks
@DisplayName("07 정적 페이지와 입장·퇴장 알림 / 07 Static page with join and leave counts")
public class ChatRoomChecks {

    /** The files this check's server serves (unused when grading a running server). */
    FrontFolder site;
    /** The check's view of the chat room: who is in it, and so who must hear what. */
    final ChatRoom room = new ChatRoom();

    @BeforeEach
    void buildTheSite(Check check, @TempDir Path dir) throws IOException {
        site = FrontFolder.createIn(dir);
        check.startWith(site.recipe());
    }

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · front 폴더를 Undertow 로 내준다 / Task 1 · Serve the front folder with Undertow")
    class Task1 extends StaticFileChecks {
        @Override
        FrontFolder site() {
            return site;
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 어떤 경로로도 front 폴더 밖의 파일을 내주지 않는다 / Task 2 · No path leaves the front folder")
    class Task2 extends FolderEscapeChecks {
        @Override
        FrontFolder site() {
            return site;
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 입장과 퇴장을 인원과 함께 알린다 / Task 3 · Announce joins and leaves with the head count")
    class Task3 extends HeadCountChecks {
        @Override
        ChatRoom room() {
            return room;
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 이름과 메시지로 채팅한다 / Task 4 · Chat with a name and a message")
    class Task4 extends ChatChecks {
        @Override
        ChatRoom room() {
            return room;
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("과제 5 · 모든 레슨의 공통 규칙 / Task 5 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(room);
        }
    }


    @Nested
    @Tag("task:6")
    @DisplayName("과제 6 · 브라우저 클라이언트 / Task 6 · Browser client")
    class BrowserClient extends workbook.grader.clients.ChatRoomClientTask {
    }
}
