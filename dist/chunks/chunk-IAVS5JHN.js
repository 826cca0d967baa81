import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  historyDockerfile,
  historyLines,
  lazyContext,
  ruleFinder,
  runRules
} from "./chunk-435VUIJB.js";
import {
  ContentScanner,
  awsBaseLayerCount,
  contentScanPolicy,
  parseDockerfile
} from "./chunk-OOC7D3CD.js";
import {
  initShell
} from "./chunk-VXECP6A4.js";
import {
  LIMITS,
  formatLimit
} from "./chunk-AUYTHOBX.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7KY5IGMZ.js";

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath2(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax2(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode2(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str2) {
      const len = b4a.byteLength(str2);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str2;
    }
  }
});

// src/image/errors.ts
var ImageError = class extends Error {
  code;
  constructor(code, message) {
    super(oneLine(message));
    this.name = "ImageError";
    this.code = code;
  }
};
function oneLine(s) {
  return s.replace(/\s*\n\s*/g, " ").trim();
}
function isImageError(e) {
  return e instanceof ImageError;
}
function shortDigest(d) {
  if (!d) return "(no digest)";
  const m = /^([a-z0-9]+):([0-9a-f]+)$/i.exec(d);
  return m ? `${m[1]}:${m[2].slice(0, 12)}` : d.slice(0, 40);
}

// src/engine/image-runner.ts
import { dirname } from "node:path";

// src/image/index.ts
import { createReadStream as createReadStream2, createWriteStream, promises as fsp3 } from "node:fs";
import path5 from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/core/temp.ts
import { mkdtempSync, promises as fsp, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
var live = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var installed = false;
function removeAllSync() {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
    }
  }
  live.clear();
}
function onSignal(signal) {
  removeAllSync();
  uninstall();
  process.kill(process.pid, signal);
}
function install() {
  if (installed) return;
  installed = true;
  process.on("exit", removeAllSync);
  for (const s of SIGNALS) process.on(s, onSignal);
}
function uninstall() {
  if (!installed) return;
  installed = false;
  process.off("exit", removeAllSync);
  for (const s of SIGNALS) process.off(s, onSignal);
}
async function makeTempDir(prefix = "lli-", parent) {
  return makeTempDirSync(prefix, parent);
}
function makeTempDirSync(prefix = "lli-", parent) {
  install();
  try {
    const dir = mkdtempSync(path.join(parent ?? os.tmpdir(), prefix));
    live.add(dir);
    return dir;
  } finally {
    if (live.size === 0) uninstall();
  }
}
async function removeTempDir(dir) {
  try {
    await fsp.rm(dir, { recursive: true, force: true, maxRetries: 3 });
    live.delete(dir);
  } catch {
    return;
  }
  if (live.size === 0) uninstall();
}

// src/image/compression.ts
import { Transform } from "node:stream";
import zlib from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u16(buf, 0, 256);
  var nstate = new u16(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u16(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/image/compression.ts
var INFLATE_BUFFER = 2 * 1024 * 1024;
function sniffCompression(head) {
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 4 && head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  return "none";
}
var ZstdTransform = class extends Transform {
  constructor(limits) {
    super({ readableHighWaterMark: 256 * 1024 });
    this.limits = limits;
    this.d = new Decompress((chunk) => {
      if (!chunk.byteLength) return;
      this.produced += chunk.byteLength;
      this.push(Buffer.from(chunk));
    });
  }
  limits;
  d;
  queue = [];
  queued = 0;
  /** What the walk expects next, and the bytes it needs for it. */
  state = "magic";
  need = 4;
  checksum = false;
  lastBlock = false;
  unit = [];
  consumed = 0;
  produced = 0;
  paused;
  failed;
  takeBytes(n) {
    const out = Buffer.allocUnsafe(n);
    let got = 0;
    while (got < n) {
      const head = this.queue[0];
      const k = Math.min(n - got, head.length);
      head.copy(out, got, 0, k);
      got += k;
      if (k === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(k);
    }
    this.queued -= n;
    this.consumed += n;
    return out;
  }
  peekBytes(n) {
    return this.queue.length === 1 && this.queue[0].length >= n ? this.queue[0].subarray(0, n) : Buffer.concat(this.queue).subarray(0, n);
  }
  /** Walks complete units; returns false when paused for backpressure. */
  walk() {
    while (this.queued >= this.need) {
      if (this.state === "magic") {
        const m = this.peekBytes(4).readUInt32LE(0);
        if ((m & 4294967280) === 407710288) {
          if (this.queued < 8) return true;
          const size = this.peekBytes(8).readUInt32LE(4);
          this.takeBytes(8);
          this.state = "skip";
          this.need = size;
          continue;
        }
        if (m !== 4247762216) throw new Error("not a zstd frame");
        if (this.queued < 6) return true;
        const fhd = this.peekBytes(5)[4];
        const single = fhd >> 5 & 1;
        this.checksum = (fhd >> 2 & 1) === 1;
        const fcsBytes = [single ? 1 : 0, 2, 4, 8][fhd >> 6];
        this.need = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + fcsBytes;
        this.state = "header";
        continue;
      }
      if (this.state === "header") {
        const header = this.takeBytes(this.need);
        const w = zstdWindow(header);
        if (w > this.limits.maxWindow) throw new Error(`a frame asks for a ${w} byte window, more than the ${this.limits.maxWindow} byte limit`);
        this.unit.push(header);
        this.state = "block";
        this.need = 3;
        continue;
      }
      if (this.state === "block") {
        const h = this.takeBytes(3);
        const v = h[0] | h[1] << 8 | h[2] << 16;
        const type = v >> 1 & 3;
        if (type === 3) throw new Error("reserved block type");
        this.lastBlock = (v & 1) === 1;
        this.unit.push(h);
        this.state = "body";
        this.need = type === 1 ? 1 : v >>> 3;
        continue;
      }
      if (this.state === "body") {
        this.unit.push(this.takeBytes(this.need));
        this.d.push(new Uint8Array(Buffer.concat(this.unit)));
        this.unit = [];
        this.checkRatio();
        if (this.lastBlock) {
          this.state = this.checksum ? "checksum" : "magic";
          this.need = this.checksum ? 4 : 4;
        } else {
          this.state = "block";
          this.need = 3;
        }
        if (this.readableLength >= this.readableHighWaterMark) return false;
        continue;
      }
      if (this.state === "checksum") {
        this.d.push(new Uint8Array(this.takeBytes(4)));
        this.state = "magic";
        this.need = 4;
        continue;
      }
      this.takeBytes(this.need);
      this.state = "magic";
      this.need = 4;
    }
    return true;
  }
  checkRatio() {
    const { maxRatio, ratioMinBytes } = this.limits;
    if (this.produced > ratioMinBytes && this.produced > maxRatio * Math.max(1, this.consumed)) {
      throw new RatioError(`inflates more than ${maxRatio} times its compressed size (limit: ${maxRatio}x past ${ratioMinBytes} bytes)`);
    }
  }
  run(cb) {
    try {
      if (this.walk()) cb();
      else this.paused = () => this.run(cb);
    } catch (e) {
      this.failed = zstdError(e);
      cb(this.failed);
    }
  }
  _read(size) {
    const r = this.paused;
    if (r) {
      this.paused = void 0;
      r();
    } else super._read(size);
  }
  _transform(chunk, _enc, cb) {
    this.queue.push(chunk);
    this.queued += chunk.length;
    this.run(cb);
  }
  _flush(cb) {
    try {
      if (this.queued > 0 || this.state !== "magic") throw new Error("unexpected end of data");
      this.d.push(new Uint8Array(0), true);
      cb();
    } catch (e) {
      cb(zstdError(e));
    }
  }
};
var RatioError = class extends Error {
};
function zstdWindow(b) {
  if (b.readUInt32LE(0) !== 4247762216) return 0;
  const fhd = b[4];
  const single = fhd >> 5 & 1;
  const fcsFlag = fhd >> 6;
  const didFlag = fhd & 3;
  let pos = 5;
  let window = 0;
  if (!single) {
    const wd = b[pos++];
    const exp = (wd >> 3) + 10;
    const base = Math.pow(2, exp);
    window = base + base / 8 * (wd & 7);
  }
  pos += [0, 1, 2, 4][didFlag];
  if (single) {
    const n = [1, 2, 4, 8][fcsFlag];
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + (b[pos + i] ?? 0);
    if (n === 2) v += 256;
    window = v;
  }
  return window;
}
function zstdError(e) {
  if (e instanceof RatioError) return e;
  const msg = e instanceof RangeError ? "out of memory" : e instanceof Error ? e.message : String(e);
  return new Error(`zstd data is invalid (${msg})`);
}
function gzipHeaderLength(b) {
  if (b.length < 10 || b[0] !== 31 || b[1] !== 139 || b[2] !== 8 || (b[3] & 224) !== 0) return 0;
  const flags = b[3];
  let pos = 10;
  if (flags & 4) {
    if (pos + 2 > b.length) return 0;
    pos += 2 + b.readUInt16LE(pos);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const nul = pos < b.length ? b.indexOf(0, pos) : -1;
    if (nul === -1) return 0;
    pos = nul + 1;
  }
  if (flags & 2) pos += 2;
  return pos <= b.length ? pos : 0;
}
var GZIP_TRAILER_BYTES = 8;
function rawInflater() {
  return zlib.createInflateRaw({ chunkSize: 512 * 1024, readableHighWaterMark: INFLATE_BUFFER, writableHighWaterMark: INFLATE_BUFFER });
}
function decompressor(c, limits = {}) {
  if (c === "gzip") return zlib.createGunzip({ chunkSize: 512 * 1024, readableHighWaterMark: INFLATE_BUFFER, writableHighWaterMark: INFLATE_BUFFER });
  if (c === "zstd") return new ZstdTransform({ maxWindow: limits.maxWindow ?? LIMITS.maxZstdWindow, maxRatio: limits.maxRatio ?? LIMITS.maxRatio, ratioMinBytes: limits.ratioMinBytes ?? LIMITS.ratioMinBytes });
  return null;
}

// src/image/layer.ts
import { createHash } from "node:crypto";

// src/image/tar-walk.ts
var headers = __toESM(require_headers(), 1);
var MAX_LONG_HEADER = 4 * 1024 * 1024;
function decodeHeader(b) {
  const h = headers.decode(b, "utf-8", true);
  if (!h) return null;
  return { name: h.name, type: h.type, mode: h.mode ?? 0, uid: h.uid ?? 0, gid: h.gid ?? 0, size: h.size, linkname: h.linkname };
}
var padding = (size) => size & 511 ? 512 - (size & 511) : 0;
var TarWalker = class {
  /** `open` is called with each member's header and returns the reader of its data, or undefined to skip it. */
  constructor(open) {
    this.open = open;
  }
  open;
  head = Buffer.alloc(512);
  have = 0;
  /** Data bytes of the current member (or long header) still to come, then the padding after it. */
  missing = 0;
  pad = 0;
  padNext = 0;
  reader;
  long;
  gnuPath = "";
  gnuLink = "";
  pax;
  paxGlobal;
  write(chunk) {
    const n = chunk.length;
    let o = 0;
    while (o < n) {
      if (this.missing > 0) {
        const k = Math.min(this.missing, n - o);
        if (this.long) {
          chunk.copy(this.long.buf, this.long.got, o, o + k);
          this.long.got += k;
        } else this.reader?.data(k === n ? chunk : chunk.subarray(o, o + k));
        this.missing -= k;
        o += k;
        if (this.missing === 0) this.endMember();
      } else if (this.pad > 0) {
        const k = Math.min(this.pad, n - o);
        this.pad -= k;
        o += k;
      } else if (this.have === 0 && n - o >= 512) {
        this.header(chunk.subarray(o, o + 512));
        o += 512;
      } else {
        const k = Math.min(512 - this.have, n - o);
        chunk.copy(this.head, this.have, o, o + k);
        this.have += k;
        o += k;
        if (this.have === 512) {
          this.have = 0;
          this.header(this.head);
        }
      }
    }
  }
  /** The stream ended: inside a member, its padding or a header block is an error, as in tar-stream. */
  end() {
    if (this.missing > 0 || this.pad > 0 || this.have > 0) throw new Error("Unexpected end of data");
  }
  endMember() {
    this.pad = this.padNext;
    const long = this.long;
    if (!long) {
      const r = this.reader;
      this.reader = void 0;
      r?.end();
      return;
    }
    this.long = void 0;
    this.readLong(long.type, long.buf);
  }
  readLong(type, buf) {
    if (type === "gnu-long-path") this.gnuPath = headers.decodeLongPath(buf, "utf-8");
    else if (type === "gnu-long-link-path") this.gnuLink = headers.decodeLongPath(buf, "utf-8");
    else if (type === "pax-global-header") this.paxGlobal = headers.decodePax(buf);
    else this.pax = { ...this.paxGlobal, ...headers.decodePax(buf) };
  }
  header(block) {
    const h = decodeHeader(block);
    if (!h) return;
    if (h.type === "gnu-long-path" || h.type === "gnu-long-link-path" || h.type === "pax-header" || h.type === "pax-global-header") {
      if (h.size > MAX_LONG_HEADER) throw new Error("Header exceeds max size");
      if (!(h.size > 0)) return this.readLong(h.type, Buffer.alloc(0));
      this.long = { type: h.type, buf: Buffer.alloc(h.size), got: 0 };
      this.missing = h.size;
      this.padNext = padding(h.size);
      return;
    }
    if (this.gnuPath) h.name = this.gnuPath;
    if (this.gnuLink) h.linkname = this.gnuLink;
    this.gnuPath = this.gnuLink = "";
    if (this.pax) {
      if (this.pax.path) h.name = this.pax.path;
      if (this.pax.linkpath) h.linkname = this.pax.linkpath;
      if (this.pax.size) h.size = parseInt(this.pax.size, 10);
      this.pax = void 0;
    }
    if (!(typeof h.size === "number" && h.size >= 0)) throw new Error("Invalid header");
    const reader = this.open(h);
    if (h.size === 0) {
      reader?.end();
      return;
    }
    this.reader = reader;
    this.missing = h.size;
    this.padNext = padding(h.size);
  }
};

// src/image/layer.ts
import path2 from "node:path";
function imagePath(name) {
  const n = path2.posix.normalize("/" + name.replace(/\\/g, "/"));
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
}
function mapType(t) {
  switch (t) {
    case "file":
    case "contiguous-file":
      return "file";
    case "directory":
      return "dir";
    case "symlink":
      return "symlink";
    case "link":
      return "hardlink";
    default:
      return "other";
  }
}
var STARGZ_NAMES = /* @__PURE__ */ new Set(["/stargz.index.json", "/.prefetch.landmark", "/.no.prefetch.landmark"]);
var PATH_MAX_BYTES = LIMITS.maxPathBytes;
function tooLong(s) {
  if (!s || s.length <= PATH_MAX_BYTES / 4) return 0;
  const n = s.length > PATH_MAX_BYTES ? s.length : Buffer.byteLength(s);
  return n > PATH_MAX_BYTES ? n : 0;
}
function recordOf(header, p, state) {
  const type = mapType(header.type);
  const base = p.slice(p.lastIndexOf("/") + 1);
  if (p === "/") return void 0;
  if (base.startsWith(".wh.")) {
    if (base === ".wh..wh..opq") return { path: path2.posix.dirname(p), type: "dir", mode: 0, uid: 0, gid: 0, size: 0, whiteout: "opaque" };
    if (!base.startsWith(".wh..wh.")) return { path: path2.posix.join(path2.posix.dirname(p), base.slice(4)), type: "other", mode: 0, uid: 0, gid: 0, size: 0, whiteout: "file" };
    return void 0;
  }
  if (STARGZ_NAMES.has(p) && (p === "/stargz.index.json" || state.estargz)) {
    state.estargz = true;
    return void 0;
  }
  const rec = { path: p, type, mode: (header.mode ?? 0) & 4095, uid: header.uid ?? 0, gid: header.gid ?? 0, size: type === "file" ? header.size ?? 0 : 0 };
  if (type === "symlink") rec.linkname = header.linkname ?? "";
  else if (type === "hardlink") rec.linkname = imagePath(header.linkname ?? "");
  return rec;
}
var EntryCollector = class {
  constructor(layerIndex, what, matcher, limits, openScanner) {
    this.layerIndex = layerIndex;
    this.what = what;
    this.matcher = matcher;
    this.limits = limits;
    this.openScanner = openScanner;
  }
  layerIndex;
  what;
  matcher;
  limits;
  openScanner;
  records = [];
  state = { estargz: false };
  fileBytes = 0;
  /** Body bytes taken from the shared budget (given back when the read is made again). */
  kept = 0;
  failure;
  fail(e) {
    if (!this.failure) this.failure = e;
  }
  /** One tar entry: its record, then the reader its data is kept or scanned by, or undefined to let it through unread. */
  entry(header) {
    const long = tooLong(header.name) || tooLong(header.linkname);
    if (long) {
      this.fail(new ImageError("too-large", `${this.what} has a member whose ${tooLong(header.name) ? "path" : "link target"} is ${long} bytes long, more than PATH_MAX (limit: ${PATH_MAX_BYTES} bytes, the longest path Linux opens); not read`));
      return void 0;
    }
    if (this.records.length >= this.limits.maxEntries) this.fail(new ImageError("too-large", `${this.what} has more than ${this.limits.maxEntries} entries`));
    const p = imagePath(header.name);
    const rec = recordOf(header, p, this.state);
    if (rec) this.records.push(rec);
    const file = rec && rec.type === "file" && !rec.whiteout ? rec : void 0;
    if (file) this.fileBytes += file.size;
    const cap = file && this.matcher ? this.matcher(p) : 0;
    const scanner = file && file.size > 0 && this.openScanner ? this.openScanner(p, file.size) : void 0;
    const budget = this.limits.bodyBudget;
    let keep = 0;
    if (cap > 0 && file.size > 0 && budget.left > 0) {
      keep = Math.min(cap, file.size, budget.left);
      budget.left -= keep;
      this.kept += keep;
    } else if (cap > 0 && file.size === 0) {
      file.body = { path: p, layer: this.layerIndex, data: Buffer.alloc(0), truncated: false, status: "final" };
    }
    return keep > 0 || scanner ? this.reader(file, keep, scanner) : void 0;
  }
  /** The reader of a file's data: into its kept body (the first `keep` bytes) and its scanner. */
  reader(rec, keep, scanner) {
    const buf = keep > 0 ? Buffer.allocUnsafe(keep) : void 0;
    let got = 0;
    return {
      data: (chunk) => {
        if (buf && got < keep) {
          const n = Math.min(keep - got, chunk.length);
          chunk.copy(buf, got, 0, n);
          got += n;
        }
        if (scanner && !scanner.write(chunk)) {
          scanner.end();
          scanner = void 0;
        }
      },
      end: () => {
        if (buf) rec.body = { path: rec.path, layer: this.layerIndex, data: buf.subarray(0, got), truncated: rec.size > got, status: "final" };
        if (scanner) {
          const hits = scanner.end();
          if (hits.length > 0) rec.hits = hits;
        }
      }
    };
  }
};
var NotOneMember = class extends Error {
};
async function pump(feed, walker, collector, limits, what, out) {
  const { src, dec, verify, member } = feed;
  const srcEnd = new Promise((resolve, reject) => {
    src.once("end", () => resolve());
    src.once("error", (e) => reject(e));
  });
  srcEnd.catch(() => void 0);
  if (member) {
    verify?.update(member.header);
    out.read += member.header.length;
  }
  const skipped = member?.header.length ?? 0;
  let input = src;
  if (dec) {
    src.on("error", (e) => dec.destroy(e));
    src.pipe(dec);
    input = dec;
  }
  src.on("data", (c) => {
    out.read += c.length;
    verify?.update(c);
  });
  for await (const chunk of input) {
    out.uncompressed += chunk.length;
    if (out.uncompressed > limits.maxLayerBytes) {
      throw new ImageError("too-large", `${what} inflates past ${limits.maxLayerBytes} bytes (decompression bomb guard)`);
    }
    const taken = skipped + (dec?.bytesWritten ?? out.read);
    if (dec && out.uncompressed > limits.ratioMinBytes && out.uncompressed > limits.maxRatio * Math.max(1, taken)) {
      throw new ImageError("too-large", `${what} inflates more than ${limits.maxRatio} times its compressed size (limit: ${limits.maxRatio}x past ${formatLimit(limits.ratioMinBytes)}; ${taken} -> over ${out.uncompressed} bytes): decompression bomb guard`);
    }
    if (collector.failure) throw collector.failure;
    walker.write(chunk);
    if (collector.failure) throw collector.failure;
  }
  if (member && member.size - skipped - dec.bytesWritten !== GZIP_TRAILER_BYTES) throw new NotOneMember();
  if (dec) {
    src.unpipe(dec);
    src.resume();
  }
  walker.end();
  if (collector.failure) throw collector.failure;
  await srcEnd;
  if (verify) out.digest = `sha256:${verify.digest("hex")}`;
}
var HEAD_BYTES = 4096;
async function scanLayer(store, entry, layerIndex, what, matcher, limits, openScanner = null, expectDigest) {
  if (entry.truncated) throw new ImageError("truncated", `${what} is truncated: the archive ends inside its blob`);
  const head = await store.readAt(entry, 0, HEAD_BYTES);
  const compression = sniffCompression(head);
  if (entry.size === 0) return { compression, estargz: false, records: [], uncompressedSize: 0, entryCount: 0, fileBytes: 0 };
  const digest = expectDigest && /^sha256:[0-9a-f]{64}$/.test(expectDigest) ? expectDigest : void 0;
  const headerLength = compression === "gzip" && digest ? gzipHeaderLength(head) : 0;
  if (headerLength > 0) {
    const collector = new EntryCollector(layerIndex, what, matcher, limits, openScanner);
    try {
      return await readLayer(store, entry, what, limits, collector, compression, digest, head.subarray(0, headerLength));
    } catch (e) {
      if (!(e instanceof NotOneMember)) throw e;
      limits.bodyBudget.left += collector.kept;
    }
  }
  return readLayer(store, entry, what, limits, new EntryCollector(layerIndex, what, matcher, limits, openScanner), compression, digest);
}
async function readLayer(store, entry, what, limits, collector, compression, digest, header) {
  const src = store.stream(entry, void 0, header?.length ?? 0);
  const dec = header ? rawInflater() : decompressor(compression, { maxRatio: limits.maxRatio, ratioMinBytes: limits.ratioMinBytes });
  const walker = new TarWalker((h) => collector.entry(h));
  const pumped = { uncompressed: 0, read: 0, digest: void 0 };
  const feed = { src, dec, verify: digest ? createHash("sha256") : void 0, member: header ? { header, size: entry.size } : void 0 };
  try {
    await pump(feed, walker, collector, limits, what, pumped);
  } catch (e) {
    src.destroy();
    dec?.destroy();
    if (e instanceof NotOneMember) throw e;
    const err2 = layerError(e, what, compression);
    if (err2.code === "truncated" && err2.message.includes("tar stream") && pumped.uncompressed < 512 && collector.records.length === 0) {
      throw new ImageError("corrupt", `${what} is not a tar archive (${pumped.uncompressed} bytes${compression === "none" ? "" : ` after ${compression}`})`);
    }
    throw err2;
  }
  if (pumped.digest && pumped.read === entry.size && pumped.digest !== digest) {
    throw new ImageError("corrupt", `${what} does not match its digest (${shortDigest(digest)} expected, ${shortDigest(pumped.digest)} found): the blob was altered or is corrupt`);
  }
  const { records, fileBytes, state } = collector;
  return { compression, estargz: state.estargz, records, uncompressedSize: pumped.uncompressed, entryCount: records.length, fileBytes };
}
function layerError(e, what, c) {
  if (e instanceof ImageError) return e;
  if (e instanceof RatioError) return new ImageError("too-large", `${what} ${e.message}`);
  const err2 = e;
  const msg = err2?.message ?? String(e);
  if (err2?.code && String(err2.code).startsWith("Z_")) {
    if (/unexpected end/i.test(msg)) return new ImageError("truncated", `${what} is truncated: gzip data ends early`);
    return new ImageError("corrupt", `${what} is corrupt: gzip data is invalid (${msg})`);
  }
  if (/zstd/.test(msg)) return new ImageError("corrupt", `${what} is corrupt: ${msg}`);
  if (/Unexpected end of data/i.test(msg)) return new ImageError("truncated", `${what} is truncated: the tar stream ends inside an entry`);
  if (/Invalid tar header|Invalid header|Header exceeds/i.test(msg)) {
    return new ImageError("corrupt", `${what} is not a valid tar stream${c === "none" ? "" : ` after ${c} decompression`} (${msg.replace(/\. Maybe.*$/, "")})`);
  }
  return new ImageError("io", `${what} could not be read: ${msg}`);
}

// src/image/merged-fs.ts
import path3 from "node:path";
var MergedFs = class {
  entries = /* @__PURE__ */ new Map();
  removed = [];
  children = /* @__PURE__ */ new Map();
  constructor() {
    this.entries.set("/", { path: "/", type: "dir", mode: 493, uid: 0, gid: 0, size: 0, layer: -1, implicit: true });
  }
  link(p) {
    const parent = path3.posix.dirname(p);
    let set = this.children.get(parent);
    if (!set) this.children.set(parent, set = /* @__PURE__ */ new Set());
    set.add(p);
  }
  /** Creates the missing directories above p, outermost first; iterative, so a path of any depth is fine. */
  ensureParents(p, layer) {
    const missing = [];
    for (let parent = path3.posix.dirname(p); parent !== p && !this.entries.has(parent); p = parent, parent = path3.posix.dirname(p)) missing.push(parent);
    for (let i = missing.length - 1; i >= 0; i--) {
      this.entries.set(missing[i], { path: missing[i], type: "dir", mode: 493, uid: 0, gid: 0, size: 0, layer, implicit: true });
      this.link(missing[i]);
    }
  }
  /** Remove p and everything below it, recording non-directories (children before parents; no recursion). */
  removeTree(p, layer, reason) {
    if (!this.entries.has(p)) return;
    this.children.get(path3.posix.dirname(p))?.delete(p);
    const order = [];
    for (const stack = [p]; stack.length > 0; ) {
      const q = stack.pop();
      order.push(q);
      const kids = this.children.get(q);
      if (kids) for (const k of kids) stack.push(k);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const q = order[i];
      const e = this.entries.get(q);
      this.children.delete(q);
      if (!e) continue;
      this.entries.delete(q);
      this.record(e, layer, reason);
    }
  }
  record(e, layer, reason) {
    if (e.type === "dir") return;
    if (e.body) e.body.status = reason === "overwritten" ? "overwritten" : "deleted";
    this.removed.push({ path: e.path, type: e.type, size: e.size, layerAdded: e.layer, layerRemoved: layer, reason, body: e.body });
  }
  applyLayer(layer, records) {
    for (const r of records) {
      if (r.whiteout === "file") this.removeTree(r.path, layer, "whiteout");
      else if (r.whiteout === "opaque") {
        const kids = this.children.get(r.path);
        if (kids) for (const k of [...kids]) this.removeTree(k, layer, "opaque");
      }
    }
    for (const r of records) {
      if (r.whiteout) {
        if (r.whiteout === "opaque" && !this.entries.has(r.path)) {
          this.ensureParents(r.path, layer);
          this.entries.set(r.path, { path: r.path, type: "dir", mode: 493, uid: 0, gid: 0, size: 0, layer, implicit: true });
          this.link(r.path);
        }
        continue;
      }
      const old = this.entries.get(r.path);
      if (old) {
        if (old.type === "dir" && r.type === "dir") {
          old.mode = r.mode;
          old.uid = r.uid;
          old.gid = r.gid;
          old.layer = layer;
          old.implicit = void 0;
          continue;
        }
        if (old.type === "dir") this.removeTree(r.path, layer, "replaced-dir");
        else this.record(old, layer, "overwritten");
      } else this.ensureParents(r.path, layer);
      const e = { path: r.path, type: r.type, mode: r.mode, uid: r.uid, gid: r.gid, size: r.size, layer };
      if (r.linkname !== void 0) e.linkname = r.linkname;
      if (r.body) e.body = r.body;
      this.entries.set(r.path, e);
      if (!old) this.link(r.path);
      else if (old.type === "dir") this.link(r.path);
    }
  }
  /** Resolve a path inside the image, following symlinks (ELOOP after 40 hops, like Linux). */
  resolve(p, followLast = true) {
    const queue = p.split("/").filter((s) => s !== "" && s !== ".");
    let cur = "/";
    let hops = 0;
    while (queue.length) {
      const name = queue.shift();
      if (name === "..") {
        cur = path3.posix.dirname(cur);
        continue;
      }
      const next = cur === "/" ? "/" + name : cur + "/" + name;
      const e = this.entries.get(next);
      if (!e) return { ok: false, error: "not-found", path: next };
      if (e.type === "symlink" && (queue.length > 0 || followLast)) {
        if (++hops > 40) return { ok: false, error: "loop", path: p };
        const target = e.linkname ?? "";
        if (target.startsWith("/")) cur = "/";
        queue.unshift(...target.split("/").filter((s) => s !== "" && s !== "."));
        continue;
      }
      if (queue.length > 0 && e.type !== "dir") return { ok: false, error: "not-dir", path: next };
      cur = next;
    }
    return { ok: true, path: cur, entry: this.entries.get(cur), hops };
  }
};

// src/image/needs.ts
var DEFAULT_MAX = 64 * 1024;
function globToRegExpSource(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = glob.indexOf("}", i);
      if (end === -1) re += "\\{";
      else {
        re += "(?:" + glob.slice(i + 1, end).split(",").map((a) => a.replace(/[.+^$()|[\]\\*?]/g, "\\$&")).join("|") + ")";
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\{}]/g, "\\$&");
  }
  return re;
}
function compileNeeds(needs) {
  if (!needs || needs.length === 0) return null;
  const exact = /* @__PURE__ */ new Map();
  const prefixes = [];
  const byCap = /* @__PURE__ */ new Map();
  for (const n of needs) {
    const cap = n.maxBytes ?? DEFAULT_MAX;
    for (const p of n.paths ?? []) exact.set(p, Math.max(exact.get(p) ?? 0, cap));
    for (const p of n.prefixes ?? []) prefixes.push([p, cap]);
    const srcs = byCap.get(cap) ?? [];
    for (const g of n.globs ?? []) srcs.push("^" + globToRegExpSource(g) + "$");
    for (const r of n.regexes ?? []) srcs.push(`(?:${r.source})`);
    if (srcs.length) byCap.set(cap, srcs);
  }
  const regexes = [...byCap.entries()].filter(([, s]) => s.length).map(([cap, s]) => [new RegExp(s.join("|")), cap]);
  return (path6) => {
    let cap = exact.get(path6) ?? 0;
    for (const [p, c] of prefixes) if (c > cap && path6.startsWith(p)) cap = c;
    for (const [r, c] of regexes) if (c > cap && r.test(path6)) cap = c;
    return cap;
  };
}

// src/image/resolve.ts
import { createHash as createHash2 } from "node:crypto";
var MT = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerSchema1: "application/vnd.docker.distribution.manifest.v1+json",
  dockerSchema1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json"
};
var INDEX_TYPES = /* @__PURE__ */ new Set([MT.ociIndex, MT.dockerList]);
var MANIFEST_TYPES = /* @__PURE__ */ new Set([MT.ociManifest, MT.dockerManifest]);
var CONFIG_TYPES = /* @__PURE__ */ new Set([MT.ociConfig, MT.dockerConfig]);
var JSON_CAP = LIMITS.maxJsonBytes;
function blobPath(digest) {
  const m = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/.exec(digest ?? "");
  return m ? `blobs/${m[1]}/${m[2]}` : void 0;
}
function parsePlatform(s) {
  const [os2, architecture, variant] = s.split("/");
  return { os: os2, architecture, variant };
}
function platformString(p) {
  if (!p) return "unknown";
  return [p.os ?? "unknown", p.architecture ?? "unknown", p.variant].filter(Boolean).join("/");
}
function platformMatches(want, have) {
  if (!have) return false;
  if (want.os && want.os !== have.os) return false;
  if (want.architecture && want.architecture !== have.architecture) return false;
  if (want.variant) {
    const hv = have.variant ?? (have.architecture === "arm64" ? "v8" : void 0);
    if (want.variant !== hv) return false;
  }
  return true;
}
function normRef(r) {
  let s = r.trim().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, "").replace(/^library\//, "");
  const slash = s.lastIndexOf("/");
  if (!s.includes("@") && !s.slice(slash + 1).includes(":")) s += ":latest";
  return s;
}
function refMatches(want, have) {
  if (!have) return false;
  if (normRef(want) === normRef(have)) return true;
  if (!have.includes("/") && !have.includes(":")) {
    const w = normRef(want);
    return w.slice(w.lastIndexOf(":") + 1) === have || want === have;
  }
  return false;
}
function isAttestation(d) {
  return d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest" || d.platform?.os === "unknown" && d.platform?.architecture === "unknown";
}
function refNames(d) {
  const a = d.annotations ?? {};
  return [a["io.containerd.image.name"], a["org.opencontainers.image.ref.name"]].filter((x) => !!x);
}
function get(o, key) {
  if (o == null || typeof o !== "object") return void 0;
  if (key in o) return o[key];
  const lk = key.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lk) return o[k];
  return void 0;
}
var Resolver = class {
  constructor(store, display) {
    this.store = store;
    this.display = display;
  }
  store;
  display;
  warnings = [];
  async readJson(name, what, digest) {
    const e = await this.store.get(name);
    if (!e && this.store.truncated) throw new ImageError("truncated", `${this.display} is truncated: ${what} ${digest ? shortDigest(digest) + " " : ""}is cut off or missing`);
    if (!e) throw new ImageError("missing-blob", `${this.display}: ${what} ${digest ? shortDigest(digest) + " " : ""}is missing (no ${name})`);
    const buf = await this.store.readAll(e, JSON_CAP, what);
    if (digest && /^sha256:[0-9a-f]{64}$/.test(digest)) {
      const got = "sha256:" + createHash2("sha256").update(buf).digest("hex");
      if (got !== digest) {
        throw new ImageError("corrupt", `${this.display}: ${what} ${shortDigest(digest)} does not match its digest (content is ${buf.length === 0 ? "empty" : shortDigest(got)})`);
      }
    }
    try {
      return JSON.parse(buf.toString("utf8"));
    } catch {
      throw new ImageError("invalid-json", `${this.display}: ${what} (${name}) is not valid JSON`);
    }
  }
  async resolve(opts) {
    const names = new Set(this.store.names().map((n) => n.split("/")[0]));
    const hasIndex = !!await this.store.get("index.json");
    const hasManifestJson = !!await this.store.get("manifest.json");
    const isTar = this.store.kind === "tar";
    if (hasIndex) {
      const idx = await this.readJson("index.json", "index.json");
      if (idx === null || typeof idx !== "object" || Array.isArray(idx)) {
        throw new ImageError("invalid-json", `${this.display}: index.json is not a JSON object`);
      }
      if (!("manifests" in idx) && (idx.layers || idx.config)) {
        throw new ImageError("not-an-image", `${this.display}: index.json holds an image manifest, not an OCI index (broken OCI layout)`);
      }
      const roots = Array.isArray(idx.manifests) ? idx.manifests.filter((m) => m && typeof m === "object" && typeof m.digest === "string") : [];
      if (roots.length > LIMITS.maxManifests) throw new ImageError("too-large", `${this.display}: index.json lists ${roots.length} manifests, more than the ${LIMITS.maxManifests} limit`);
      const useDocker = hasManifestJson && (roots.length === 0 || opts.image && !await this.ociHasRef(roots, opts.image));
      if (!useDocker) {
        const fmt = !isTar ? "oci-dir" : hasManifestJson ? "docker-oci-archive" : "oci-archive";
        return this.resolveOci(roots, fmt, opts);
      }
      return this.resolveDocker(opts, "docker-oci-archive");
    }
    if (hasManifestJson) return this.resolveDocker(opts, "docker-archive");
    if (names.has("repositories")) {
      throw new ImageError("unsupported", `${this.display} is a legacy docker save archive without manifest.json (Docker before 1.10); re-save it with a current Docker`);
    }
    const shown = [...names].slice(0, 4).join(", ");
    if (this.store.kind === "tar" && (this.store.truncated || this.store.ended === false)) {
      throw new ImageError("truncated", `${this.display} is truncated: the tar ends without its end-of-archive marker and before any manifest.json or index.json (found ${shown || "nothing"})`);
    }
    throw new ImageError("not-an-image", `${this.display} is not a container image: no manifest.json or index.json (found ${shown || "nothing"})`);
  }
  async ociHasRef(roots, image) {
    return roots.some((d) => refNames(d).some((r) => refMatches(image, r)));
  }
  // ---------------- docker save (manifest.json) ----------------
  async resolveDocker(opts, format) {
    const man = await this.readJson("manifest.json", "manifest.json");
    if (!Array.isArray(man) || man.length === 0) {
      throw new ImageError("not-an-image", `${this.display}: manifest.json lists no images (${man === null ? "null" : Array.isArray(man) ? "empty list" : typeof man})`);
    }
    const tagsOf = (m) => Array.isArray(get(m, "RepoTags")) ? get(m, "RepoTags").filter((t) => typeof t === "string") : [];
    const refs = man.flatMap(tagsOf);
    let chosen = man[0];
    let ref = tagsOf(chosen)[0];
    if (opts.image) {
      const hit = man.find((m) => tagsOf(m).some((t) => refMatches(opts.image, t)));
      if (!hit) throw new ImageError("no-match", `${this.display} has no image named ${opts.image} (it has: ${refs.join(", ") || "untagged images only"})`);
      chosen = hit;
      ref = tagsOf(hit).find((t) => refMatches(opts.image, t));
    } else if (man.length > 1) {
      this.warnings.push(`archive holds ${man.length} images; reading the first (${ref ?? "untagged"}); pick another with --image NAME:TAG`);
    }
    const configName = get(chosen, "Config");
    if (typeof configName !== "string") throw new ImageError("not-an-image", `${this.display}: manifest.json entry has no Config`);
    const cfgDigest = /^(?:blobs\/sha256\/|sha256:)([0-9a-f]{64})(?:\.json)?$/.exec(configName.replace(/^\.\//, ""));
    const config = await this.readJson(configName, "image config", cfgDigest && configName.startsWith("blobs/") ? `sha256:${cfgDigest[1]}` : void 0);
    this.checkConfig(config, void 0);
    const layerNames = get(chosen, "Layers") ?? [];
    if (!Array.isArray(layerNames) || layerNames.some((n) => typeof n !== "string")) throw new ImageError("corrupt", `${this.display}: manifest.json "Layers" is not a list of file names`);
    if (layerNames.length > LIMITS.maxLayers) throw new ImageError("too-large", `${this.display}: manifest.json lists ${layerNames.length} layers, more than the ${LIMITS.maxLayers} limit`);
    const rawSources = get(chosen, "LayerSources");
    const sources = rawSources && typeof rawSources === "object" && !Array.isArray(rawSources) ? rawSources : {};
    const rawDiffIds = config?.rootfs?.diff_ids;
    const diffIds = Array.isArray(rawDiffIds) ? rawDiffIds.map((d) => typeof d === "string" ? d : "") : [];
    if (diffIds.length !== layerNames.length) {
      this.warnings.push(`config lists ${diffIds.length} diff_ids but the manifest has ${layerNames.length} layers`);
    }
    const layers = [];
    for (let i = 0; i < layerNames.length; i++) {
      const n = layerNames[i];
      const entry = await this.store.get(n);
      const m = /(?:^|\/)(?:sha256[:/])?([0-9a-f]{64})(?:\.tar(?:\.gz)?)?$/.exec(n);
      const digest = m && (n.startsWith("blobs/") || /\.tar(\.gz)?$/.test(n)) ? `sha256:${m[1]}` : diffIds[i];
      const src = digest && typeof sources[digest] === "object" ? sources[digest] : void 0;
      layers.push({ entry, source: n, digest: digest || void 0, mediaType: typeof src?.mediaType === "string" ? src.mediaType : void 0, declaredSize: typeof src?.size === "number" ? src.size : void 0 });
    }
    const p = { os: config.os, architecture: config.architecture, variant: config.variant };
    return {
      format,
      refs,
      selected: { ref, platform: p },
      index: { isIndex: false, platformManifests: 1, attestationManifests: 0, platforms: [platformString(p)], nested: false },
      config,
      configMediaType: void 0,
      layers,
      warnings: this.warnings
    };
  }
  checkConfig(config, mediaType) {
    if (mediaType && !CONFIG_TYPES.has(mediaType)) {
      throw new ImageError("artifact", `${this.display} is an OCI artifact (${mediaType}), not a container image`);
    }
    if (config === null || typeof config !== "object" || Array.isArray(config)) {
      throw new ImageError("invalid-json", `${this.display}: the image config is not a JSON object`);
    }
  }
  // ---------------- OCI layout (index.json) ----------------
  async resolveOci(roots, format, opts) {
    const found = await this.ociCandidates(roots);
    const present = this.selectCandidates(found, opts);
    const order = (c) => {
      const p = platformString(c.desc.platform);
      return p === "linux/amd64" ? 0 : p.startsWith("linux/arm64") ? 1 : 2;
    };
    const firstRoot = present[0].root;
    const sameRoot = present.filter((c) => c.root === firstRoot).sort((a, b) => order(a) - order(b));
    let firstErr;
    for (const c of [...sameRoot, ...present.filter((c2) => c2.root !== firstRoot)]) {
      try {
        const r = await this.loadOciManifest(c.desc, format, opts);
        const info = found.rootInfo.get(c.root);
        const uniq = new Set(found.cands.map((x) => x.root.digest));
        if (uniq.size > 1 && !opts.image) this.warnings.push(`layout holds ${uniq.size} images; reading ${c.ref ?? shortDigest(c.desc.digest)}; pick another with --image NAME:TAG`);
        return { ...r, refs: [...new Set(found.refs)], selected: { ...r.selected, ref: c.ref }, index: info };
      } catch (e) {
        if (e instanceof ImageError && (e.code === "artifact" || e.code === "no-match")) {
          firstErr ??= e;
          continue;
        }
        throw e;
      }
    }
    throw firstErr;
  }
  /** Every image manifest the roots of index.json lead to (nested indexes walked, attestations counted). */
  async ociCandidates(roots) {
    const found = { cands: [], refs: [], rootInfo: /* @__PURE__ */ new Map(), skipped: [] };
    const seen = /* @__PURE__ */ new Set();
    for (const d of roots) {
      if (!d || typeof d.digest !== "string") continue;
      const ref = refNames(d)[0];
      if (ref) found.refs.push(...refNames(d));
      const info = { isIndex: false, platformManifests: 0, attestationManifests: 0, platforms: [], nested: false, mediaType: d.mediaType, digest: d.digest };
      found.rootInfo.set(d, info);
      let mt = d.mediaType;
      const name = blobPath(d.digest);
      const present = !!name && !!await this.store.get(name);
      if (!mt && present) {
        const j = await this.readJson(name, "manifest", d.digest);
        mt = j.mediaType ?? (Array.isArray(j.manifests) ? MT.ociIndex : j.config ? MT.ociManifest : void 0);
      }
      if (mt && INDEX_TYPES.has(mt)) {
        info.isIndex = true;
        seen.clear();
        await this.visitIndex(found, seen, d, d, info, 0, ref);
      } else if (!mt || MANIFEST_TYPES.has(mt)) {
        if (isAttestation(d)) continue;
        info.platformManifests = 1;
        info.platforms.push(platformString(d.platform));
        found.cands.push({ desc: d, root: d, rootIsIndex: false, ref, present });
      } else if (mt === MT.dockerSchema1 || mt === MT.dockerSchema1Signed) {
        throw new ImageError("unsupported", `${this.display} holds a Docker schema 1 manifest, which Lambda does not accept; rebuild and push with a current Docker`);
      } else found.skipped.push(mt);
    }
    return found;
  }
  async visitIndex(found, seen, d, root, info, depth, ref) {
    if (depth > 8 || seen.has(d.digest)) {
      this.warnings.push(`index ${shortDigest(d.digest)} is nested too deep or loops; skipped`);
      return;
    }
    seen.add(d.digest);
    const name = blobPath(d.digest);
    if (!name || !await this.store.get(name)) {
      this.warnings.push(`index ${shortDigest(d.digest)} is missing`);
      return;
    }
    const idx = await this.readJson(name, "index", d.digest);
    for (const m of Array.isArray(idx.manifests) ? idx.manifests : []) {
      if (!m || typeof m.digest !== "string") continue;
      const mt = m.mediaType;
      if (INDEX_TYPES.has(mt ?? "")) {
        info.nested = true;
        await this.visitIndex(found, seen, m, root, info, depth + 1, ref);
        continue;
      }
      if (isAttestation(m)) {
        info.attestationManifests++;
        continue;
      }
      if (mt && !MANIFEST_TYPES.has(mt)) {
        if (mt === MT.dockerSchema1 || mt === MT.dockerSchema1Signed) {
          throw new ImageError("unsupported", `${this.display} holds a Docker schema 1 manifest, which Lambda does not accept; rebuild and push with a current Docker`);
        }
        found.skipped.push(mt);
        continue;
      }
      info.platformManifests++;
      info.platforms.push(platformString(m.platform));
      const present = !!await this.store.get(blobPath(m.digest) ?? "");
      found.cands.push({ desc: m, root, rootIsIndex: true, ref, present });
    }
  }
  /** The candidates --image and --platform leave, those present in the archive; one clear line when none is. */
  selectCandidates(found, opts) {
    const { cands, refs, skipped } = found;
    let pool = cands;
    if (opts.image) {
      pool = pool.filter((c) => refNames(c.root).some((r) => refMatches(opts.image, r)));
      if (!pool.length) throw new ImageError("no-match", `${this.display} has no image named ${opts.image} (it has: ${[...new Set(refs)].join(", ") || "no named images"})`);
    }
    if (opts.platform) {
      const want = parsePlatform(opts.platform);
      const byDesc = pool.filter((c) => platformMatches(want, c.desc.platform));
      const noPlat = pool.filter((c) => !c.desc.platform);
      pool = byDesc.length ? byDesc : noPlat;
      if (!pool.length) {
        const have = [...new Set(cands.map((c) => platformString(c.desc.platform)))].join(", ");
        throw new ImageError("no-match", `${this.display} has no image for platform ${opts.platform} (it has: ${have || "none"})`);
      }
    }
    if (!pool.length) {
      if (skipped.length) throw new ImageError("not-an-image", `${this.display} lists no container image manifest (found ${[...new Set(skipped)].join(", ")})`);
      throw new ImageError("not-an-image", `${this.display}: index.json lists no image manifests`);
    }
    const present = pool.filter((c) => c.present);
    if (!present.length) {
      const c = pool[0];
      throw new ImageError("missing-blob", `${this.display}: manifest ${shortDigest(c.desc.digest)}${c.desc.platform ? ` (${platformString(c.desc.platform)})` : ""} is missing from the archive`);
    }
    return present;
  }
  async loadOciManifest(d, format, opts) {
    const man = await this.readJson(blobPath(d.digest), "manifest", d.digest);
    if (man?.schemaVersion === 1) {
      throw new ImageError("unsupported", `${this.display} holds a Docker schema 1 manifest, which Lambda does not accept; rebuild and push with a current Docker`);
    }
    if (!man || typeof man !== "object" || !man.config || typeof man.config.digest !== "string") {
      throw new ImageError("not-an-image", `${this.display}: manifest ${shortDigest(d.digest)} has no config descriptor`);
    }
    const cmt = man.config.mediaType;
    if (cmt && !CONFIG_TYPES.has(cmt)) {
      throw new ImageError("artifact", `${this.display} is an OCI artifact (${cmt}), not a container image`);
    }
    const cname = blobPath(man.config.digest);
    const config = await this.readJson(cname ?? "", "image config", man.config.digest);
    this.checkConfig(config, cmt);
    if (opts.platform) {
      const want = parsePlatform(opts.platform);
      const have = { os: config.os, architecture: config.architecture, variant: config.variant };
      if (!platformMatches(want, have)) throw new ImageError("no-match", `${this.display} has no image for platform ${opts.platform} (it has: ${platformString(have)})`);
    }
    const layers = [];
    const manLayers = Array.isArray(man.layers) ? man.layers : [];
    if (manLayers.length > LIMITS.maxLayers) throw new ImageError("too-large", `${this.display}: the image manifest lists ${manLayers.length} layers, more than the ${LIMITS.maxLayers} limit`);
    for (const l of manLayers) {
      if (!l || typeof l !== "object" || typeof l.digest !== "string") throw new ImageError("corrupt", `${this.display}: the image manifest has a layer without a digest`);
      const name = blobPath(l.digest) ?? "";
      layers.push({ entry: await this.store.get(name), source: name, digest: l.digest, mediaType: l.mediaType, declaredSize: l.size, annotations: l.annotations });
    }
    return {
      format,
      selected: { manifestDigest: d.digest, platform: { os: config.os, architecture: config.architecture, variant: config.variant } },
      manifest: man,
      manifestMediaType: man.mediaType ?? d.mediaType,
      schemaVersion: man.schemaVersion,
      config,
      configMediaType: cmt,
      layers,
      warnings: this.warnings
    };
  }
};

// src/image/store.ts
import { createReadStream, promises as fsp2 } from "node:fs";
import path4 from "node:path";
function normName(name) {
  const n = path4.posix.normalize("/" + name.replace(/\\/g, "/"));
  return n === "/" ? "" : n.replace(/^\/+/, "").replace(/\/+$/, "");
}
function parseOctal(buf, off, len) {
  if (buf[off] & 128) {
    let v = 0;
    for (let i = off + 1; i < off + len; i++) v = v * 256 + buf[i];
    return v + (buf[off] & 127) * Math.pow(256, len - 1);
  }
  let s = buf.toString("latin1", off, off + len).replace(/\0.*$/s, "").trim();
  if (s === "") return 0;
  if (!/^[0-7]+$/.test(s)) return NaN;
  return parseInt(s, 8);
}
function cstr(buf, off, len) {
  const end = buf.indexOf(0, off);
  return buf.toString("utf8", off, end === -1 || end > off + len ? off + len : end);
}
function checksumOk(h) {
  const stored = parseOctal(h, 148, 8);
  let sum = 8 * 32;
  for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += h[i];
  return sum === stored;
}
function parsePax(buf) {
  const out = {};
  let i = 0;
  while (i < buf.length) {
    const sp = buf.indexOf(32, i);
    if (sp === -1) break;
    const len = parseInt(buf.toString("utf8", i, sp), 10);
    if (!(len > 0) || i + len > buf.length) break;
    const rec = buf.toString("utf8", sp + 1, i + len - 1);
    const eq = rec.indexOf("=");
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    i += len;
  }
  return out;
}
var MAX_LONG_HEADER2 = 1024 * 1024;
var MAX_OUTER_ENTRIES = 1e6;
async function indexTar(file, displayName) {
  const fh = await fsp2.open(file, "r");
  const members = /* @__PURE__ */ new Map();
  try {
    const { size: fileSize } = await fh.stat();
    const hdr = Buffer.alloc(512);
    let pos = 0;
    let longName;
    let longLink;
    let pax;
    let count = 0;
    let zeroBlocks = 0;
    let junk = false;
    while (pos + 512 <= fileSize) {
      const { bytesRead } = await fh.read(hdr, 0, 512, pos);
      if (bytesRead < 512) break;
      if (hdr.every((b) => b === 0)) {
        zeroBlocks++;
        pos += 512;
        if (zeroBlocks >= 2) break;
        continue;
      }
      zeroBlocks = 0;
      if (!checksumOk(hdr)) {
        if (count === 0) throw new ImageError("not-an-image", `${displayName} is not a container image (not a tar archive, gzip-compressed tar or OCI layout directory)`);
        junk = true;
        break;
      }
      if (++count > MAX_OUTER_ENTRIES) throw new ImageError("too-large", `${displayName} has more than ${MAX_OUTER_ENTRIES} archive entries`);
      const size = parseOctal(hdr, 124, 12);
      if (!Number.isFinite(size) || size < 0) throw new ImageError("corrupt", `${displayName} has a tar header with an invalid size at byte ${pos}`);
      const type = String.fromCharCode(hdr[156] || 48);
      let name = cstr(hdr, 0, 100);
      const linkname = cstr(hdr, 157, 100);
      const magic = hdr.toString("latin1", 257, 263);
      if (magic === "ustar\0" || magic === "ustar ") {
        const prefix = magic === "ustar\0" ? cstr(hdr, 345, 155) : "";
        if (prefix) name = prefix + "/" + name;
      }
      const dataOff = pos + 512;
      if (type === "L" || type === "K" || type === "x" || type === "g") {
        if (size > MAX_LONG_HEADER2 || dataOff + size > fileSize) throw new ImageError("corrupt", `${displayName} has an oversized or truncated tar extended header at byte ${pos}`);
        const buf = Buffer.alloc(size);
        await fh.read(buf, 0, size, dataOff);
        if (type === "L") longName = cstr(buf, 0, size);
        else if (type === "K") longLink = cstr(buf, 0, size);
        else if (type === "x") pax = parsePax(buf);
        pos = dataOff + Math.ceil(size / 512) * 512;
        continue;
      }
      let realSize = size;
      if (pax) {
        if (pax.path) name = pax.path;
        if (pax.linkpath) longLink = longLink ?? pax.linkpath;
        if (pax.size && /^\d+$/.test(pax.size)) realSize = Number(pax.size);
      }
      if (longName !== void 0) name = longName;
      const m = {
        name: normName(name),
        type,
        offset: dataOff,
        size: realSize,
        linkname: longLink ?? linkname,
        truncated: dataOff + realSize > fileSize
      };
      longName = longLink = pax = void 0;
      if (m.name !== "") members.set(m.name, m);
      pos = dataOff + Math.ceil(realSize / 512) * 512;
    }
    if (count === 0) throw new ImageError("not-an-image", `${displayName} is not a container image (empty or not a tar archive)`);
    members.ended = zeroBlocks >= 2 || junk;
    if (pos > fileSize || zeroBlocks < 2 && pos + 512 > fileSize && pos !== fileSize) members.truncated = true;
    for (const m of members.values()) if (m.truncated) members.truncated = true;
    return members;
  } finally {
    await fh.close();
  }
}
var TarStore = class _TarStore {
  constructor(file, members, display) {
    this.file = file;
    this.members = members;
    this.display = display;
    this.truncated = !!members.truncated;
    this.ended = !!members.ended;
  }
  file;
  members;
  display;
  kind = "tar";
  truncated;
  ended;
  static async open(file, display) {
    return new _TarStore(file, await indexTar(file, display), display);
  }
  names() {
    return [...this.members.keys()];
  }
  async get(name) {
    let n = normName(name);
    for (let hop = 0; hop < 16; hop++) {
      const m = this.members.get(n);
      if (!m) return void 0;
      if (m.type === "2") {
        n = normName(path4.posix.join(path4.posix.dirname("/" + n), m.linkname));
        continue;
      }
      if (m.type === "1") {
        n = normName(m.linkname);
        continue;
      }
      if (m.type !== "0" && m.type !== "7" && m.type !== "\0") return void 0;
      return { name: m.name, offset: m.offset, size: m.size, truncated: m.truncated };
    }
    return void 0;
  }
  async readAll(e, cap, what) {
    if (e.size > cap) throw new ImageError("too-large", `${what} in ${this.display} is ${e.size} bytes (limit ${cap})`);
    if (e.truncated) throw new ImageError("truncated", `${this.display} is truncated: ${what} (${e.name}) is cut off`);
    return this.readAt(e, 0, e.size);
  }
  async readAt(e, pos, len) {
    const fh = await fsp2.open(this.file, "r");
    try {
      const n = Math.max(0, Math.min(len, e.size - pos));
      const buf = Buffer.alloc(n);
      const { bytesRead } = await fh.read(buf, 0, n, e.offset + pos);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }
  stream(e, highWaterMark = 1024 * 1024, start = 0) {
    if (e.size <= start) return createReadStream(this.file, { start: 1, end: 0 });
    return createReadStream(this.file, { start: e.offset + start, end: e.offset + e.size - 1, highWaterMark });
  }
  async close() {
  }
};
var DirStore = class _DirStore {
  constructor(root, display, top) {
    this.root = root;
    this.display = display;
    this.top = top;
  }
  root;
  display;
  top;
  kind = "dir";
  realRoot;
  static async open(root, display) {
    const store = new _DirStore(root, display, await fsp2.readdir(root));
    store.realRoot = await fsp2.realpath(root);
    return store;
  }
  names() {
    return this.top;
  }
  abs(name) {
    return path4.join(this.root, ...normName(name).split("/"));
  }
  async get(name) {
    const n = normName(name);
    if (!n) return void 0;
    let real;
    try {
      real = await fsp2.realpath(this.abs(n));
    } catch {
      return void 0;
    }
    const root = this.realRoot ?? this.root;
    if (real !== root && !real.startsWith(`${root}${path4.sep}`)) throw new ImageError("corrupt", `${this.display}: ${n} is a symbolic link to a file outside the layout; not read`);
    try {
      const st = await fsp2.stat(real);
      if (!st.isFile()) return void 0;
      return { name: n, offset: 0, size: st.size, truncated: false };
    } catch {
      return void 0;
    }
  }
  async readAll(e, cap, what) {
    if (e.size > cap) throw new ImageError("too-large", `${what} in ${this.display} is ${e.size} bytes (limit ${cap})`);
    return this.readAt(e, 0, e.size);
  }
  async readAt(e, pos, len) {
    const fh = await fsp2.open(this.abs(e.name), "r");
    try {
      const buf = Buffer.alloc(Math.max(0, Math.min(len, e.size - pos)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }
  stream(e, highWaterMark = 1024 * 1024, start = 0) {
    return createReadStream(this.abs(e.name), { highWaterMark, start });
  }
  async close() {
  }
};

// src/image/index.ts
var GiB = 1024 * 1024 * 1024;
async function readImage(source, options = {}) {
  const display = options.displayName ?? (typeof source === "string" ? source : "stdin");
  const temps = [];
  const maxArchive = options.maxArchiveBytes ?? LIMITS.maxArchiveBytes;
  let store;
  try {
    let file;
    let outer = "none";
    if (typeof source === "string") {
      let st;
      try {
        st = await fsp3.stat(source);
      } catch {
        throw new ImageError("not-found", `${display} does not exist`);
      }
      if (st.isDirectory()) {
        store = await DirStore.open(source, display);
        return await readFrom(store, display, "none", options);
      }
      file = source;
    } else {
      file = await tempName(options.tmpDir, temps);
      const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
      await spool(input, file, maxArchive, display);
    }
    const fh = await fsp3.open(file, "r");
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0).finally(() => fh.close());
    outer = sniffCompression(head);
    if (outer !== "none") {
      const plain = await tempName(options.tmpDir, temps);
      const dec = decompressor(outer);
      try {
        const raw = createReadStream2(file);
        let read = 0;
        raw.on("data", (c) => read += c.length);
        const ratio = { read: () => dec.bytesWritten ?? read, max: options.maxRatio ?? LIMITS.maxRatio, min: options.ratioMinBytes ?? LIMITS.ratioMinBytes };
        await spool(raw.pipe(dec), plain, maxArchive, display, () => dec.destroy(), ratio);
      } catch (e) {
        if (e instanceof ImageError) throw e;
        const msg = e.message ?? String(e);
        if (/unexpected end/i.test(msg)) throw new ImageError("truncated", `${display} is truncated: the ${outer} stream ends early`);
        throw new ImageError("corrupt", `${display} is corrupt: ${outer} data is invalid (${msg})`);
      }
      file = plain;
    }
    store = await TarStore.open(file, display);
    return await readFrom(store, display, outer, options);
  } finally {
    await store?.close();
    for (const t of temps) await removeTempDir(t);
  }
}
async function tempName(dir, temps) {
  const d = await makeTempDir("lli-img-", dir);
  temps.push(d);
  return path5.join(d, "spool");
}
async function spool(input, file, cap, display, onCap, ratio) {
  let n = 0;
  const out = createWriteStream(file);
  await pipeline(
    input,
    async function* (src) {
      for await (const chunk of src) {
        n += chunk.length;
        if (n > cap) {
          onCap?.();
          throw new ImageError("too-large", `${display} is larger than ${formatLimit(cap)} uncompressed (limit)`);
        }
        if (ratio && n > ratio.min && n > ratio.max * Math.max(1, ratio.read())) {
          onCap?.();
          throw new ImageError("too-large", `${display} inflates more than ${ratio.max} times its compressed size (limit: ${ratio.max}x past ${formatLimit(ratio.min)}); not read`);
        }
        yield chunk;
      }
    },
    out
  );
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" ? v : void 0;
function strList(v) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  return null;
}
function cleanHistory(h) {
  const out = { ...h };
  if (h.empty_layer !== void 0) out.empty_layer = h.empty_layer === true;
  for (const k of ["created_by", "comment", "author", "created"]) {
    const v = h[k];
    if (v === void 0) continue;
    if (typeof v !== "string") {
      delete out[k];
      continue;
    }
    out[k] = k === "created_by" && v.length > 256 ? shortenCreatedBy(v) : v;
  }
  return out;
}
function shortenCreatedBy(v) {
  const t = v.replace(/[ \t]{2,}/g, " ");
  return t.length > LIMITS.maxCreatedByChars ? `${t.slice(0, LIMITS.maxCreatedByChars)}\u2026` : t;
}
function imageConfig(raw) {
  const cfg = isObject(raw) ? raw : {};
  const rawCc = cfg.config ?? cfg.container_config;
  const cc = isObject(rawCc) ? rawCc : {};
  const history = Array.isArray(cfg.history) ? cfg.history.filter(isObject).slice(0, LIMITS.maxHistory).map(cleanHistory) : [];
  return {
    os: str(cfg.os),
    architecture: str(cfg.architecture),
    variant: str(cfg.variant),
    Entrypoint: strList(cc.Entrypoint),
    Cmd: strList(cc.Cmd),
    WorkingDir: str(cc.WorkingDir) || void 0,
    Env: Array.isArray(cc.Env) ? cc.Env.filter((e) => typeof e === "string") : [],
    User: str(cc.User) || void 0,
    Labels: isObject(cc.Labels) ? Object.fromEntries(Object.entries(cc.Labels).filter(([, v]) => typeof v === "string")) : void 0,
    history,
    diffIds: Array.isArray(cfg.rootfs?.diff_ids) ? cfg.rootfs.diff_ids.filter((d) => typeof d === "string") : [],
    raw: cfg
  };
}
function checkBlobs(r, store, display) {
  r.layers.forEach((l, i) => {
    if (!l.entry && store.truncated) throw new ImageError("truncated", `${display} is truncated: layer ${i + 1} of ${r.layers.length} (${shortDigest(l.digest) || l.source}) is cut off or missing`);
    if (!l.entry) throw new ImageError("missing-blob", `${display}: layer ${i + 1} of ${r.layers.length} (${shortDigest(l.digest) || l.source}) is missing from the archive`);
  });
}
function reuseScan(s, layer) {
  const records = s.records.map((rec) => rec.body ? { ...rec, body: { ...rec.body, layer } } : rec);
  return { ...s, records };
}
async function scanLayers(store, r, display, o, limits, skip) {
  const matcher = compileNeeds(o.needs);
  const scans = new Array(r.layers.length);
  const reads = /* @__PURE__ */ new Map();
  const conc = Math.max(1, Math.min(o.concurrency ?? 4, 16));
  let next = 0;
  let firstError;
  const readLayer2 = (i) => {
    const l = r.layers[i];
    const what = `layer ${i + 1} of ${r.layers.length} (${shortDigest(l.digest) || l.source}) in ${display}`;
    const named = l.source.startsWith("blobs/") || store.kind === "dir" || /(?:^|\/)[0-9a-f]{64}\.tar$/.test(l.source);
    return scanLayer(store, l.entry, i, what, matcher, limits, i >= skip ? o.contentScan.open : null, named ? l.digest : void 0);
  };
  const worker = async () => {
    while (next < r.layers.length && !firstError) {
      const i = next++;
      const key = `${i >= skip ? "scan" : "plain"}\0${r.layers[i].entry.name}\0${r.layers[i].entry.offset}`;
      try {
        const first = reads.get(key);
        if (first) scans[i] = reuseScan(await first, i);
        else {
          const read = readLayer2(i);
          reads.set(key, read);
          scans[i] = await read;
        }
        o.onProgress?.({ layer: i, layers: r.layers.length, uncompressed: scans[i].uncompressedSize });
      } catch (e) {
        firstError ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(conc, r.layers.length) }, worker));
  if (firstError) throw firstError;
  return scans;
}
function applyLayers(r, scans, config, fs, warnings) {
  const nonEmpty = config.history.filter((h) => !h.empty_layer);
  const bodies = [];
  const found = [];
  const layers = r.layers.map((l, i) => {
    const s = scans[i];
    fs.applyLayer(i, s.records);
    for (const rec of s.records) {
      if (rec.body) bodies.push(rec.body);
      if (rec.hits) for (const h of rec.hits) found.push({ ...h, path: rec.path, layer: i });
    }
    return {
      index: i,
      digest: l.digest,
      diffId: config.diffIds[i],
      mediaType: l.mediaType,
      compression: s.compression,
      estargz: s.estargz || !!l.annotations?.["containerd.io/snapshot/stargz/toc.digest"],
      source: l.source,
      compressedSize: l.entry.size,
      uncompressedSize: s.uncompressedSize,
      entryCount: s.entryCount,
      createdBy: nonEmpty.length === r.layers.length || nonEmpty.length > i ? nonEmpty[i]?.created_by : void 0,
      fileBytes: s.fileBytes
    };
  });
  for (const l of layers) {
    const mt = l.mediaType ?? "";
    const says = /zstd/.test(mt) ? "zstd" : /gzip/.test(mt) ? "gzip" : /tar$/.test(mt) ? "none" : void 0;
    if (says && says !== l.compression) {
      warnings.push(`layer ${l.index + 1}: mediaType says ${mt} but the data is ${l.compression === "none" ? "uncompressed" : l.compression}`);
    }
  }
  if (nonEmpty.length && nonEmpty.length !== layers.length) warnings.push(`history has ${nonEmpty.length} non-empty entries for ${layers.length} layers`);
  return { layers, bodies, found };
}
function fileTotals(files, n) {
  const largest = [];
  let fileCount = 0;
  let fileBytes = 0;
  for (const e of files.values()) {
    if (e.type !== "file") continue;
    fileCount++;
    fileBytes += e.size;
    if (largest.length < n || e.size > largest[largest.length - 1].size) {
      largest.push({ path: e.path, size: e.size, layer: e.layer });
      largest.sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
      if (largest.length > n) largest.pop();
    }
  }
  return { largest, fileCount, fileBytes };
}
async function readFrom(store, display, outer, o) {
  const r = await new Resolver(store, display).resolve({ image: o.image, platform: o.platform });
  const warnings = r.warnings;
  const config = imageConfig(r.config);
  checkBlobs(r, store, display);
  const limits = {
    maxLayerBytes: o.maxLayerBytes ?? LIMITS.maxLayerBytes,
    maxRatio: o.maxRatio ?? LIMITS.maxRatio,
    ratioMinBytes: o.ratioMinBytes ?? LIMITS.ratioMinBytes,
    maxEntries: o.maxEntries ?? LIMITS.maxLayerEntries,
    bodyBudget: { left: o.maxBodyBytes ?? 64 * 1024 * 1024 }
  };
  const skip = o.contentScan ? Math.max(0, Math.min(r.layers.length, o.contentScan.skipLayers?.(config.history, r.layers.length) ?? 0)) : r.layers.length;
  const scans = await scanLayers(store, r, display, o, limits, skip);
  const fs = new MergedFs();
  const { layers, bodies, found } = applyLayers(r, scans, config, fs, warnings);
  const files = fs.entries;
  const { largest, fileCount, fileBytes } = fileTotals(files, o.largest ?? 10);
  const secrets = found.map((f) => {
    const now = files.get(f.path);
    return { ...f, status: now && now.type === "file" && now.layer === f.layer ? "final" : "removed" };
  });
  return {
    source: display,
    format: r.format,
    outerCompression: outer,
    refs: r.refs,
    selected: r.selected,
    index: r.index,
    manifest: r.manifest,
    manifestMediaType: r.manifestMediaType,
    schemaVersion: r.schemaVersion,
    config,
    configMediaType: r.configMediaType,
    layers,
    files,
    removed: fs.removed,
    bodies,
    secrets,
    scannedLayers: r.layers.map((_, i) => i).filter((i) => i >= skip),
    largest,
    totals: {
      compressed: layers.reduce((a, l) => a + l.compressedSize, 0),
      uncompressed: layers.reduce((a, l) => a + l.uncompressedSize, 0),
      files: fileCount,
      fileBytes,
      wasted: fs.removed.reduce((a, x) => a + (x.type === "file" ? x.size : 0), 0)
    },
    warnings,
    resolve: (p, followLast = true) => fs.resolve(p, followLast),
    body(p) {
      const res = fs.resolve(p);
      if (!res.ok) return void 0;
      let e = res.entry;
      if (e.type === "hardlink" && e.linkname) e = files.get(e.linkname) ?? e;
      return e.body;
    }
  };
}

// src/engine/image-runner.ts
function bodyNeeds(rules) {
  return rules.flatMap((r) => r.needs.image?.bodies ?? []);
}
function contentScan(rules) {
  if (!rules.some((r) => r.needs.image?.secrets)) return void 0;
  return {
    skipLayers: awsBaseLayerCount,
    open: (path6, size) => contentScanPolicy(path6, size) === "scan" ? new ContentScanner(size) : void 0
  };
}
async function lintImage(source, options) {
  await initShell();
  const file = options.file ?? (typeof source === "string" ? source : "<stdin>");
  const rules = options.rules;
  const findRule = ruleFinder(options.registry ?? rules);
  const off = /* @__PURE__ */ new Set();
  for (const id of [...options.config?.ignore ?? [], ...options.ignore ?? []]) off.add(findRule(id)?.code ?? id);
  for (const [id, sev] of Object.entries(options.config?.rules ?? {})) if (sev === "off") off.add(findRule(id)?.code ?? id);
  const reading = rules.filter((r) => !off.has(r.code));
  const image = await readImage(source, {
    image: options.image,
    platform: options.platform,
    needs: bodyNeeds(reading),
    contentScan: contentScan(reading),
    displayName: file,
    onProgress: options.onProgress
  });
  const buildArgs = { ...options.config?.["build-args"] ?? {}, ...options.buildArgs ?? {} };
  if (options.dockerfile) {
    const df2 = parseDockerfile(options.dockerfile.text, { file: options.dockerfile.file, buildArgs, target: options.target });
    const contextDir = options.contextDir === void 0 ? dirname(options.dockerfile.file) : options.contextDir;
    const { findings: findings2, ruleErrors: ruleErrors2, skipped: skipped2 } = runRules({
      df: df2,
      mode: "image",
      file: options.dockerfile.file,
      getContext: lazyContext(contextDir ?? void 0, options.dockerfile.file),
      options: { ...options, buildArgs },
      image,
      imageFile: file,
      instructionOfLayer: layerMapper(df2, image)
    });
    return { file, kind: "image", findings: findings2, ruleErrors: ruleErrors2, skipped: skipped2, image, model: df2 };
  }
  const lines = historyLines(image.config.history);
  const df = parseDockerfile(historyDockerfile(lines), { file, buildArgs });
  const origin = /* @__PURE__ */ new Map();
  df.instructions.slice(1).forEach((ins, k) => {
    if (lines[k]) origin.set(ins, lines[k]);
  });
  const { findings, ruleErrors, skipped } = runRules({
    df,
    mode: "history",
    file,
    getContext: () => void 0,
    options: { ...options, buildArgs },
    image,
    imageFile: file,
    historyOf: (ins) => origin.get(ins)
  });
  return { file, kind: "image", findings, ruleErrors, skipped, image, model: df };
}
var LAYER_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
function layerMapper(df, image) {
  const target = df.target;
  if (!target) return () => void 0;
  const lineage = [];
  for (let s = target; s; s = s.base.stage) lineage.unshift(s.instructions);
  const makers = lineage.flat().filter((i) => LAYER_KEYWORDS.has(i.keyword));
  const total = image.layers.length;
  if (makers.length > total) return () => void 0;
  const first = total - makers.length;
  return (layer) => layer >= first ? makers[layer - first] : void 0;
}

export {
  isImageError,
  lintImage
};
