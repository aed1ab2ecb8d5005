// `npm start`: serves the development build over HTTPS on https://localhost:3000 with the
// Office dev certificates, prints how to sideload the add-in and the browser preview URL.
// (office-addin-debugging could not be installed here: its dependency keytar fails to build.)
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const configFactory = require("../webpack.config.js");

async function httpsOptions() {
  try {
    const certs = await import("office-addin-dev-certs");
    return await certs.getHttpsServerOptions();
  } catch (err) {
    // Installing the CA needs admin rights; the generated certificate still serves HTTPS.
    const dir = join(homedir(), ".office-addin-dev-certs");
    const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => join(dir, f));
    const reason = String(err?.message ?? err).trim();
    if (files.every(existsSync)) {
      console.warn(
        `Chưa cài được CA phát triển của Office (${reason}); vẫn dùng chứng chỉ đã tạo trong ${dir}.\n` +
          `The Office dev CA could not be installed; serving with the certificate generated in ${dir}.`,
      );
      const [key, cert, ca] = files.map((f) => readFileSync(f));
      return { key, cert, ca };
    }
    console.warn(
      `Không tạo được chứng chỉ phát triển của Office (${reason}); dùng chứng chỉ tự ký của webpack.\n` +
        "Could not create the Office dev certificates; using webpack's self-signed one.",
    );
    return undefined;
  }
}

const config = await configFactory({}, { mode: "development" });
const options = await httpsOptions();
const server = new WebpackDevServer(
  { ...config.devServer, server: options ? { type: "https", options } : "https" },
  webpack({ ...config, mode: "development" }),
);
await server.start();
const base = `https://localhost:${config.devServer.port}/`;
console.log(`
Phụ lục đang chạy tại / is served at ${base}

Xem thử trong trình duyệt (không cần Excel) / Browser preview (no Excel needed):
  ${base}preview.html

Nạp add-in vào Excel / Sideload into Excel:
  • Windows / Mac (Excel desktop):  npx office-addin-debugging start manifest.xml
  • Excel trên web / Excel on the web: Trang chủ > Bổ trợ > Thêm bổ trợ > Tải lên bổ trợ của tôi,
    chọn / Home > Add-ins > More add-ins > Upload my add-in, choose  dist/manifest.xml  (or manifest.xml)
  • Mac thủ công / Mac by hand: copy manifest.xml into
    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.
`);
