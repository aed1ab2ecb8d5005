import { createRoot } from "react-dom/client";
import { officeServices } from "./app/officeServices";
import { App } from "./components/App";
import { pickLanguage } from "./strings";

/* global Office */
Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <App services={officeServices()} language={pickLanguage(Office.context.displayLanguage)} />,
  );
});
