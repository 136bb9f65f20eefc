package workbook.grader.browser;

import workbook.grader.core.words.Msg;

/** The hints the client checks share, in both languages. */
public final class Hints {

    private Hints() {
    }

    /** A page that stopped answering: a browser runs a page's script one piece at a time, so one endless piece freezes it. */
    public static Msg stuckScript() {
        return Msg.of("브라우저는 한 페이지의 스크립트를 한 번에 한 조각씩 돌립니다. onopen 이나 onmessage 안에 끝나지 않는 반복 (while, for (;;)) 이나 아주 긴 계산이 있으면 페이지 전체가 멈춰서 다음 메시지도, 클릭도 처리하지 못합니다. 무언가를 반복문으로 기다리지 말고 그 일이 일어나는 이벤트에서 처리하세요. 그런 반복이 없다면 컴퓨터가 몹시 바빴을 수 있습니다: 다시 채점해 보세요.",
                "A browser runs a page's script one piece at a time. A loop that never ends (while, for (;;)) or a very long computation in onopen or onmessage freezes the whole page: it handles no further message and no click. Do not wait for something in a loop; handle it in the event that brings it. If your script has no such loop, the machine may have been very busy: grade again.");
    }

    public static Msg connect() {
        return Msg.of("스크립트 맨 위에 const ws = new WebSocket(SERVER_URL); 줄이 있나요? 튜토리얼처럼 'ws://localhost:8080' 주소를 적으면 채점기의 서버에 닿지 않습니다: 페이지가 알려 주는 SERVER_URL 값을 쓰세요.",
                "Does your script connect at the top with const ws = new WebSocket(SERVER_URL);? Writing the tutorial's 'ws://localhost:8080' misses the grader's server: use the SERVER_URL the page gives you.");
    }

    public static Msg sentBeforeOpen() {
        return Msg.of("연결이 열리기 전에 ws.send를 불렀습니다 (브라우저가 \"Still in CONNECTING state\" 오류를 냈습니다): 보내는 일은 ws.onopen 안에서, 또는 연결이 열린 뒤에 하세요.",
                "ws.send was called before the connection was open (the browser threw \"Still in CONNECTING state\"): send inside ws.onopen, or after the connection is open.");
    }

    public static Msg textContent() {
        return Msg.of("받은 글은 item.textContent = event.data; 처럼 textContent로 넣으세요. innerHTML은 글을 HTML로 읽습니다: <img src=x onerror=...> 같은 메시지가 요소가 되고 스크립트까지 실행됩니다. 메시지는 데이터이지 마크업이 아닙니다.",
                "Put received text in with item.textContent = event.data;. innerHTML reads the text as HTML: a message such as <img src=x onerror=...> becomes an element and even runs a script. A message is data, not markup.");
    }

    public static Msg showEveryMessage() {
        return Msg.of("ws.onmessage에서 메시지마다 document.createElement('li') 호출로 항목을 하나 만들고, textContent에 event.data 값을 그대로 넣어 목록에 appendChild 하세요. 자르거나 바꾸지 마세요.",
                "In ws.onmessage, make one item per message with document.createElement('li'), set its textContent to event.data exactly, and appendChild it to the list. Do not trim or change it.");
    }

    public static Msg onclose() {
        return Msg.of("ws.onclose에 showStatus('closed', ...) 호출이 있나요? 서버가 멈추거나 연결을 닫으면 브라우저는 close 이벤트를 보냅니다: 사용자는 #status를 보고서야 압니다.",
                "Does ws.onclose call showStatus('closed', ...)? When the server stops or closes the connection the browser fires close: the user only knows from #status.");
    }

    public static Msg reconnectsAtOnce() {
        return Msg.of("이 레슨의 페이지는 닫힌 연결을 닫힌 채로 둡니다. onclose에서 곧바로 다시 연결하면 사용자는 'closed'를 읽을 새가 없고,"
                        + " 연결을 닫는 서버에는 새 연결이 쏟아집니다. 다시 연결하는 기능은 빼거나, 넣는다면 몇 초 기다린 뒤에 하세요.",
                "The lesson's page leaves a closed connection closed. Reconnecting at once in onclose means the user never gets to"
                        + " read 'closed', and a server that closes connections gets a flood of new ones. Leave reconnecting out, or"
                        + " wait a few seconds before you try again.");
    }

    public static Msg onerror() {
        return Msg.of("ws.onerror에 showStatus('error', ...) 호출이 있나요? 서버에 닿지 못하면 브라우저는 error 이벤트를, 그다음 close 이벤트를 보냅니다. 연결은 한 번도 열리지 않았으니 'open' 상태를 적으면 안 됩니다.",
                "Does ws.onerror call showStatus('error', ...)? When the server cannot be reached the browser fires error, then close. The connection never opened, so the page must not say 'open'.");
    }

    public static Msg onopen() {
        return Msg.of("ws.onopen에 showStatus('open', ...) 호출이 있나요? 그래야 #status의 data-state 값이 'open'이 됩니다.",
                "Does ws.onopen set #status's data-state to 'open' with showStatus('open', ...)?");
    }
}
