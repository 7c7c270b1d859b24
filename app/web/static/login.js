// gradio's login page, in Vietnamese where it matters: it says nothing when the login limit refuses a try
// (HTTP 429, app/web/auth.py), so the button seemed dead, and "Incorrect Credentials" in English for a
// wrong password. app/web/scripts.py adds this to the page, after window.duthaoLoginTexts.
(() => {
  const texts = window.duthaoLoginTexts || {};

  function say(message) {
    let notice = document.getElementById("login-notice");
    if (!notice) {
      const heading = document.querySelector("h2");
      if (!heading) return;
      notice = document.createElement("p");
      notice.id = "login-notice";
      notice.setAttribute("role", "alert");
      heading.after(notice);
    }
    notice.textContent = message;
  }

  const fetchFromPage = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFromPage(input, init);
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url, location.href);
    const method = ((init && init.method) || (input && input.method) || "GET").toUpperCase();
    if (method !== "POST" || !/\/login\/?$/.test(url.pathname)) return response;
    if (response.status === 429) {
      // the server's own words say how long to wait
      let detail = "";
      try {
        detail = (await response.clone().json()).detail || "";
      } catch (error) {
        detail = "";
      }
      say(typeof detail === "string" && detail ? detail : texts.tooMany);
    } else if (response.status === 400) {
      say(texts.wrong);
    }
    return response;
  };
})();
