// Trợ lý Dự thảo in the browser: what gradio's page does not do by itself. app/web/scripts.py puts this in
// the page's <head>, after window.duthaoTexts (the words it shows, from app/web/texts.py).
(() => {
  const texts = window.duthaoTexts || {};

  // ---- a new action dismisses the notices of the previous one (a warning must not stay over a result) ----
  function dismissNotices() {
    document.querySelectorAll(".toast-body .toast-close").forEach((button) => button.click());
  }

  // ---- the process that served the page is gone -------------------------------------------------------
  // Restarted, or killed and another one behind the proxy answers instead: that one knows neither this
  // page's login (401) nor its session. gradio would show "Error" on each output, or "Connection Lost" in
  // English; one notice in Vietnamese says what to do instead. The conversation is kept in the browser
  // (app/web/conversation.py), so the reload loses nothing.
  let gone = false;
  let leaving = false; // a reload or another page: the streams it cuts are no sign of a dead server
  window.addEventListener("pagehide", () => {
    leaving = true;
  });

  function serverGone(why) {
    if (gone || leaving) return;
    gone = true;
    document.body.classList.add("duthao-gone");
    const notice = document.createElement("div");
    notice.id = "server-gone";
    notice.dataset.why = why; // which request showed it, for whoever debugs the page
    notice.setAttribute("role", "alert");
    const text = document.createElement("span");
    text.textContent = texts.serverRestarted;
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = texts.reload;
    reload.addEventListener("click", () => window.location.reload());
    notice.append(text, reload);
    document.body.append(notice);
  }

  // The requests an action makes: joining the queue, the stream of its results, uploads.
  const ACTION = /\/gradio_api\/(queue\/join|queue\/data|upload)/;
  // 401: this login is unknown here; 502–504: nginx found no process to answer.
  const LOST = new Set([401, 502, 503, 504]);

  function watched(body) {
    // a stream of results cut short (the process died mid-answer) is a server gone too
    const reader = body.getReader();
    return new ReadableStream({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          // gradio closes a stream it no longer needs (AbortError): no sign of a dead server
          if (!(error && error.name === "AbortError")) serverGone("stream " + error);
          controller.error(error);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
  }

  const fetchFromPage = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url, location.href);
    const action = ACTION.test(url.pathname);
    let response;
    try {
      response = await fetchFromPage(input, init);
    } catch (error) {
      if (action && !(error && error.name === "AbortError")) serverGone(url.pathname + " " + error);
      throw error;
    }
    if (!action) return response;
    if (LOST.has(response.status)) serverGone(url.pathname + " " + response.status);
    if (url.pathname.endsWith("/queue/data") && response.ok && response.body) {
      const { status, statusText, headers } = response;
      return new Response(watched(response.body), { status, statusText, headers });
    }
    return response;
  };

  // ---- the chat keeps the newest question in view while its answer arrives ------------------------------
  // gradio scrolls to the bottom only when the reader is near it already, so a long answer, or a reader
  // who had scrolled up, left the new answer out of sight. Here the newest question is brought to the top
  // of the chat (or the whole exchange shown, when it fits) until the reader scrolls by hand.
  function scrollerOf(element) {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowY;
      if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) return node;
    }
    return null;
  }

  function followChat(chat) {
    let questions = 0;
    let pinned = -1; // the index of the question kept in view; -1: the reader scrolls
    const place = () => {
      const asked = chat.querySelectorAll("[data-testid='user']");
      if (asked.length !== questions) {
        pinned = asked.length > questions ? asked.length - 1 : -1;
        questions = asked.length;
      }
      const question = pinned >= 0 ? asked[pinned] : null;
      const scroller = question && scrollerOf(question);
      if (!scroller) return;
      const top = question.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      const wanted = Math.max(0, scroller.scrollTop + top - 8);
      scroller.scrollTop = Math.min(wanted, scroller.scrollHeight - scroller.clientHeight);
    };
    let queued = false;
    new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        place();
      });
    }).observe(chat, { childList: true, subtree: true, characterData: true });
    const release = () => {
      pinned = -1;
    };
    chat.addEventListener("wheel", release, { passive: true });
    chat.addEventListener("touchmove", release, { passive: true });
    chat.addEventListener("keydown", (event) => {
      if (["PageUp", "PageDown", "ArrowUp", "ArrowDown", "Home", "End"].includes(event.key)) release();
    });
    chat.addEventListener("mousedown", (event) => {
      const overflow = getComputedStyle(event.target).overflowY;
      if (overflow === "auto" || overflow === "scroll") release(); // on the scroll bar itself
    });
  }

  // the chat is drawn by gradio after this script runs: wait for it
  const waiting = new MutationObserver(() => {
    const chat = document.getElementById("chat");
    if (!chat) return;
    waiting.disconnect();
    followChat(chat);
  });
  waiting.observe(document.documentElement, { childList: true, subtree: true });

  window.duthao = { dismissNotices, serverGone };
})();
