import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./app/App"
import { loadCatalog, pageLanguage } from "./lib/i18n"
import "./styles.css"

// The frame's words (loading, errors) are there before the first page: every other
// catalog loads while its page does (src/lib/i18n.tsx).
void loadCatalog(pageLanguage(), "common").finally(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
)
