import { WorkbookReadError } from "./workbookReadError";

describe("WorkbookReadError", () => {
  it("names the file and says what to do, in Vietnamese and English", () => {
    const err = new WorkbookReadError("encrypted", "X.xlsx");
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe("E_FILE");
    expect(err.reason).toBe("encrypted");
    expect(err.message).toBe(
      "Tệp 'X.xlsx' được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu rồi gửi lại.",
    );
    expect(err.messageEn).toBe(
      "File 'X.xlsx' is password-protected (encrypted); remove the password and send it again.",
    );
  });

  it("puts the measured detail inside the sentence", () => {
    const err = new WorkbookReadError("tooLarge", "Lớn.xlsx", "25.0 MB > 20.0 MB");
    expect(err.message).toBe("Tệp 'Lớn.xlsx' quá lớn để đọc an toàn (25.0 MB > 20.0 MB).");
    expect(err.messageEn).toBe("File 'Lớn.xlsx' is too large to read safely (25.0 MB > 20.0 MB).");
  });
});
