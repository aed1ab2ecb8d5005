import { createCipheriv, createHash, createHmac } from "node:crypto";
import * as XLSX from "@e965/xlsx";

const SEGMENT = 4096;
const BLOCK_KEYS = {
  verifierInput: [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79],
  verifierValue: [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e],
  keyValue: [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6],
  hmacKey: [0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6],
  hmacValue: [0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33],
};

const sha512 = (...parts: Uint8Array[]) => {
  const h = createHash("sha512");
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/** Bytes that look random but are the same on every run, so the corpus file is repeatable. */
const pseudoRandom = (label: string, n: number) => sha512(Buffer.from(label)).subarray(0, n);

const le32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
};

function aes(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil(data.length / 16) * 16);
  padded.set(data);
  const c = createCipheriv("aes-256-cbc", key, iv.subarray(0, 16)).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([c.update(padded), c.final()]));
}

/**
 * Encrypts an .xlsx with a password the way Excel does ("Encrypt with Password": ECMA-376 agile
 * encryption, AES-256, SHA-512, 100,000 spins) into an OLE compound file. Used only to make the
 * corpus (LibreOffice 7.4 cannot save a password-protected .xlsx); salts are fixed, not random.
 *
 * @example writeFileSync("khoa.xlsx", encryptXlsx(xlsxBytes, "secret"))
 */
export function encryptXlsx(xlsx: Uint8Array, password: string): Uint8Array {
  const keySalt = pseudoRandom("keyData salt", 16);
  const passwordSalt = pseudoRandom("password salt", 16);
  const secretKey = pseudoRandom("intermediate key", 32);
  const verifier = pseudoRandom("verifier", 16);
  const spinCount = 100_000;

  let h = sha512(passwordSalt, Buffer.from(password, "utf16le"));
  for (let i = 0; i < spinCount; i++) h = sha512(le32(i), h);
  const passwordKey = (block: number[]) => sha512(h, Uint8Array.from(block)).subarray(0, 32);

  const segments: Uint8Array[] = [];
  const size = new Uint8Array(8);
  new DataView(size.buffer).setUint32(0, xlsx.length, true);
  segments.push(size);
  for (let i = 0; i * SEGMENT < xlsx.length; i++) {
    const iv = sha512(keySalt, le32(i));
    segments.push(aes(secretKey, iv, xlsx.subarray(i * SEGMENT, (i + 1) * SEGMENT)));
  }
  const encryptedPackage = new Uint8Array(Buffer.concat(segments));

  const hmacKey = pseudoRandom("hmac key", 64);
  const hmacValue = new Uint8Array(createHmac("sha512", hmacKey).update(encryptedPackage).digest());
  const ivFor = (block: number[]) => sha512(keySalt, Uint8Array.from(block));
  const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
  const cipher =
    'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"';
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData saltSize="16" ${cipher} saltValue="${b64(keySalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(aes(secretKey, ivFor(BLOCK_KEYS.hmacKey), hmacKey))}" encryptedHmacValue="${b64(aes(secretKey, ivFor(BLOCK_KEYS.hmacValue), hmacValue))}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${spinCount}" saltSize="16" ${cipher} saltValue="${b64(passwordSalt)}"` +
    ` encryptedVerifierHashInput="${b64(aes(passwordKey(BLOCK_KEYS.verifierInput), passwordSalt, verifier))}"` +
    ` encryptedVerifierHashValue="${b64(aes(passwordKey(BLOCK_KEYS.verifierValue), passwordSalt, sha512(verifier)))}"` +
    ` encryptedKeyValue="${b64(aes(passwordKey(BLOCK_KEYS.keyValue), passwordSalt, secretKey))}"/>` +
    "</keyEncryptor></keyEncryptors></encryption>";
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint16(0, 4, true);
  view.setUint16(2, 4, true);
  view.setUint32(4, 0x40, true);
  const info = new Uint8Array(Buffer.concat([header, Buffer.from(xml, "utf8")]));

  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "EncryptionInfo", info);
  XLSX.CFB.utils.cfb_add(cfb, "EncryptedPackage", encryptedPackage);
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayLike<number>);
}
