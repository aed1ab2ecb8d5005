// `npm start`: serves the development build over HTTPS on https://localhost:3000 with the
// Office dev certificates, prints how to sideload the add-in and the browser preview URL.
// (office-addin-debugging could not be installed here: its dependency keytar fails to build.)
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const configFactory = require("../webpack.config.js");

async function httpsOptions() {
  try {
    const certs = await import("office-addin-dev-certs");
    return await certs.getHttpsServerOptions();
  } catch (err) {
    console.warn(
      `Không tạo/cài được chứng chỉ phát triển của Office (${err?.message ?? err}); dùng chứng chỉ tự ký của webpack.\n` +
        "Could not create/install the Office dev certificates; using webpack's self-signed one.",
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
