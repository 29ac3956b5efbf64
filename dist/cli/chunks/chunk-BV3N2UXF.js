import { createRequire as __rfCreateRequire } from 'node:module'; const require = __rfCreateRequire(import.meta.url);
import {
  require_dist,
  require_envelope,
  require_lib,
  require_lib2,
  require_lib3,
  require_sigstore_common
} from "./chunk-6DT26UFP.js";
import {
  require_picomatch
} from "./chunk-MLYKWJD5.js";
import {
  RingfenceError,
  VERDICT_VERSION
} from "./chunk-K2QZ4W74.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-6RGQZ5V6.js";

// node_modules/@sigstore/bundle/dist/bundle.js
var require_bundle = __commonJS({
  "node_modules/@sigstore/bundle/dist/bundle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
    exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
    exports.isBundleWithPublicKey = isBundleWithPublicKey4;
    exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
    exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope3;
    exports.BUNDLE_V01_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.1";
    exports.BUNDLE_V02_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.2";
    exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle+json;version=0.3";
    exports.BUNDLE_V03_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";
    function isBundleWithCertificateChain(b) {
      return b.verificationMaterial.content.$case === "x509CertificateChain";
    }
    function isBundleWithPublicKey4(b) {
      return b.verificationMaterial.content.$case === "publicKey";
    }
    function isBundleWithMessageSignature(b) {
      return b.content.$case === "messageSignature";
    }
    function isBundleWithDsseEnvelope3(b) {
      return b.content.$case === "dsseEnvelope";
    }
  }
});

// node_modules/@sigstore/bundle/dist/build.js
var require_build = __commonJS({
  "node_modules/@sigstore/bundle/dist/build.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var protobuf_specs_1 = require_dist();
    var bundle_1 = require_bundle();
    function toMessageSignatureBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "messageSignature",
          messageSignature: {
            messageDigest: {
              algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
              digest: options.digest
            },
            signature: options.signature
          }
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    function toDSSEBundle(options) {
      return {
        mediaType: options.certificateChain ? bundle_1.BUNDLE_V02_MEDIA_TYPE : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
          $case: "dsseEnvelope",
          dsseEnvelope: toEnvelope(options)
        },
        verificationMaterial: toVerificationMaterial(options)
      };
    }
    function toEnvelope(options) {
      return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)]
      };
    }
    function toSignature(options) {
      return {
        keyid: options.keyHint || "",
        sig: options.signature
      };
    }
    function toVerificationMaterial(options) {
      return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] }
      };
    }
    function toKeyContent(options) {
      if (options.certificate) {
        if (options.certificateChain) {
          return {
            $case: "x509CertificateChain",
            x509CertificateChain: {
              certificates: [{ rawBytes: options.certificate }]
            }
          };
        } else {
          return {
            $case: "certificate",
            certificate: { rawBytes: options.certificate }
          };
        }
      } else {
        return {
          $case: "publicKey",
          publicKey: {
            hint: options.keyHint || ""
          }
        };
      }
    }
  }
});

// node_modules/@sigstore/bundle/dist/error.js
var require_error = __commonJS({
  "node_modules/@sigstore/bundle/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValidationError = void 0;
    var ValidationError = class extends Error {
      constructor(message, fields) {
        super(message);
        this.fields = fields;
      }
    };
    exports.ValidationError = ValidationError;
  }
});

// node_modules/@sigstore/bundle/dist/validate.js
var require_validate = __commonJS({
  "node_modules/@sigstore/bundle/dist/validate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assertBundle = assertBundle;
    exports.assertBundleV01 = assertBundleV01;
    exports.isBundleV01 = isBundleV01;
    exports.assertBundleV02 = assertBundleV02;
    exports.assertBundleLatest = assertBundleLatest;
    var error_1 = require_error();
    function assertBundle(b) {
      const invalidValues = validateBundleBase(b);
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    function assertBundleV01(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionPromise(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.1 bundle", invalidValues);
      }
    }
    function isBundleV01(b) {
      try {
        assertBundleV01(b);
        return true;
      } catch (e) {
        return false;
      }
    }
    function assertBundleV02(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid v0.2 bundle", invalidValues);
      }
    }
    function assertBundleLatest(b) {
      const invalidValues = [];
      invalidValues.push(...validateBundleBase(b));
      invalidValues.push(...validateInclusionProof(b));
      invalidValues.push(...validateNoCertificateChain(b));
      if (invalidValues.length > 0) {
        throw new error_1.ValidationError("invalid bundle", invalidValues);
      }
    }
    function validateBundleBase(b) {
      const invalidValues = [];
      if (b.mediaType === void 0 || !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) && !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/)) {
        invalidValues.push("mediaType");
      }
      if (b.content === void 0) {
        invalidValues.push("content");
      } else {
        switch (b.content.$case) {
          case "messageSignature":
            if (b.content.messageSignature.messageDigest === void 0) {
              invalidValues.push("content.messageSignature.messageDigest");
            } else {
              if (b.content.messageSignature.messageDigest.digest.length === 0) {
                invalidValues.push("content.messageSignature.messageDigest.digest");
              }
            }
            if (b.content.messageSignature.signature.length === 0) {
              invalidValues.push("content.messageSignature.signature");
            }
            break;
          case "dsseEnvelope":
            if (b.content.dsseEnvelope.payload.length === 0) {
              invalidValues.push("content.dsseEnvelope.payload");
            }
            if (b.content.dsseEnvelope.signatures.length !== 1) {
              invalidValues.push("content.dsseEnvelope.signatures");
            } else {
              if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                invalidValues.push("content.dsseEnvelope.signatures[0].sig");
              }
            }
            break;
        }
      }
      if (b.verificationMaterial === void 0) {
        invalidValues.push("verificationMaterial");
      } else {
        if (b.verificationMaterial.content === void 0) {
          invalidValues.push("verificationMaterial.content");
        } else {
          switch (b.verificationMaterial.content.$case) {
            case "x509CertificateChain":
              if (b.verificationMaterial.content.x509CertificateChain.certificates.length === 0) {
                invalidValues.push("verificationMaterial.content.x509CertificateChain.certificates");
              }
              b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                if (cert.rawBytes.length === 0) {
                  invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                }
              });
              break;
            case "certificate":
              if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                invalidValues.push("verificationMaterial.content.certificate.rawBytes");
              }
              break;
          }
        }
        if (b.verificationMaterial.tlogEntries === void 0) {
          invalidValues.push("verificationMaterial.tlogEntries");
        } else {
          if (b.verificationMaterial.tlogEntries.length > 0) {
            b.verificationMaterial.tlogEntries.forEach((entry, i) => {
              if (entry.logId === void 0) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
              }
              if (entry.kindVersion === void 0) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
              }
            });
          }
        }
      }
      return invalidValues;
    }
    function validateInclusionPromise(b) {
      const invalidValues = [];
      if (b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          if (entry.inclusionPromise === void 0) {
            invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
          }
        });
      }
      return invalidValues;
    }
    function validateInclusionProof(b) {
      const invalidValues = [];
      if (b.verificationMaterial && b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
          if (entry.inclusionProof === void 0) {
            invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
          } else {
            if (entry.inclusionProof.checkpoint === void 0) {
              invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
            }
          }
        });
      }
      return invalidValues;
    }
    function validateNoCertificateChain(b) {
      const invalidValues = [];
      if (b.verificationMaterial?.content?.$case === "x509CertificateChain") {
        invalidValues.push("verificationMaterial.content.$case");
      }
      return invalidValues;
    }
  }
});

// node_modules/@sigstore/bundle/dist/serialized.js
var require_serialized = __commonJS({
  "node_modules/@sigstore/bundle/dist/serialized.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
    var protobuf_specs_1 = require_dist();
    var bundle_1 = require_bundle();
    var validate_1 = require_validate();
    var bundleFromJSON4 = (obj) => {
      const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
      switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
          (0, validate_1.assertBundleV01)(bundle);
          break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
          (0, validate_1.assertBundleV02)(bundle);
          break;
        default:
          (0, validate_1.assertBundleLatest)(bundle);
          break;
      }
      return bundle;
    };
    exports.bundleFromJSON = bundleFromJSON4;
    var bundleToJSON2 = (bundle) => {
      return protobuf_specs_1.Bundle.toJSON(bundle);
    };
    exports.bundleToJSON = bundleToJSON2;
    var envelopeFromJSON = (obj) => {
      return protobuf_specs_1.Envelope.fromJSON(obj);
    };
    exports.envelopeFromJSON = envelopeFromJSON;
    var envelopeToJSON = (envelope) => {
      return protobuf_specs_1.Envelope.toJSON(envelope);
    };
    exports.envelopeToJSON = envelopeToJSON;
  }
});

// node_modules/@sigstore/bundle/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@sigstore/bundle/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
    var build_1 = require_build();
    Object.defineProperty(exports, "toDSSEBundle", { enumerable: true, get: function() {
      return build_1.toDSSEBundle;
    } });
    Object.defineProperty(exports, "toMessageSignatureBundle", { enumerable: true, get: function() {
      return build_1.toMessageSignatureBundle;
    } });
    var bundle_1 = require_bundle();
    Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V01_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V02_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", { enumerable: true, get: function() {
      return bundle_1.BUNDLE_V03_MEDIA_TYPE;
    } });
    Object.defineProperty(exports, "isBundleWithCertificateChain", { enumerable: true, get: function() {
      return bundle_1.isBundleWithCertificateChain;
    } });
    Object.defineProperty(exports, "isBundleWithDsseEnvelope", { enumerable: true, get: function() {
      return bundle_1.isBundleWithDsseEnvelope;
    } });
    Object.defineProperty(exports, "isBundleWithMessageSignature", { enumerable: true, get: function() {
      return bundle_1.isBundleWithMessageSignature;
    } });
    Object.defineProperty(exports, "isBundleWithPublicKey", { enumerable: true, get: function() {
      return bundle_1.isBundleWithPublicKey;
    } });
    var error_1 = require_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return error_1.ValidationError;
    } });
    var serialized_1 = require_serialized();
    Object.defineProperty(exports, "bundleFromJSON", { enumerable: true, get: function() {
      return serialized_1.bundleFromJSON;
    } });
    Object.defineProperty(exports, "bundleToJSON", { enumerable: true, get: function() {
      return serialized_1.bundleToJSON;
    } });
    Object.defineProperty(exports, "envelopeFromJSON", { enumerable: true, get: function() {
      return serialized_1.envelopeFromJSON;
    } });
    Object.defineProperty(exports, "envelopeToJSON", { enumerable: true, get: function() {
      return serialized_1.envelopeToJSON;
    } });
    var validate_1 = require_validate();
    Object.defineProperty(exports, "assertBundle", { enumerable: true, get: function() {
      return validate_1.assertBundle;
    } });
    Object.defineProperty(exports, "assertBundleLatest", { enumerable: true, get: function() {
      return validate_1.assertBundleLatest;
    } });
    Object.defineProperty(exports, "assertBundleV01", { enumerable: true, get: function() {
      return validate_1.assertBundleV01;
    } });
    Object.defineProperty(exports, "assertBundleV02", { enumerable: true, get: function() {
      return validate_1.assertBundleV02;
    } });
    Object.defineProperty(exports, "isBundleV01", { enumerable: true, get: function() {
      return validate_1.isBundleV01;
    } });
  }
});

// node_modules/@sigstore/core/dist/stream.js
var require_stream = __commonJS({
  "node_modules/@sigstore/core/dist/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ByteStream = void 0;
    var StreamError = class extends Error {
    };
    var ByteStream = class _ByteStream {
      static BLOCK_SIZE = 1024;
      buf;
      view;
      start = 0;
      constructor(buffer) {
        if (buffer) {
          this.buf = buffer;
          this.view = Buffer.from(buffer);
        } else {
          this.buf = Buffer.alloc(0);
          this.view = Buffer.from(this.buf);
        }
      }
      get buffer() {
        return this.view.subarray(0, this.start);
      }
      get length() {
        return this.view.byteLength;
      }
      get position() {
        return this.start;
      }
      seek(position) {
        this.start = position;
      }
      // Returns a Buffer containing the specified number of bytes starting at the
      // given start position.
      slice(start, len) {
        const end = start + len;
        if (end > this.length) {
          throw new StreamError("request past end of buffer");
        }
        return this.view.subarray(start, end);
      }
      appendChar(char) {
        this.ensureCapacity(1);
        this.view[this.start] = char;
        this.start += 1;
      }
      appendUint16(num) {
        this.ensureCapacity(2);
        const value = new Uint16Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[1];
        this.view[this.start + 1] = view[0];
        this.start += 2;
      }
      appendUint24(num) {
        this.ensureCapacity(3);
        const value = new Uint32Array([num]);
        const view = new Uint8Array(value.buffer);
        this.view[this.start] = view[2];
        this.view[this.start + 1] = view[1];
        this.view[this.start + 2] = view[0];
        this.start += 3;
      }
      appendView(view) {
        this.ensureCapacity(view.length);
        this.view.set(view, this.start);
        this.start += view.length;
      }
      getBlock(size) {
        if (size <= 0) {
          return Buffer.alloc(0);
        }
        if (this.start + size > this.view.length) {
          throw new Error("request past end of buffer");
        }
        const result = this.view.subarray(this.start, this.start + size);
        this.start += size;
        return result;
      }
      getUint8() {
        return this.getBlock(1)[0];
      }
      getUint16() {
        const block = this.getBlock(2);
        return block[0] << 8 | block[1];
      }
      ensureCapacity(size) {
        if (this.start + size > this.view.byteLength) {
          const blockSize = _ByteStream.BLOCK_SIZE + (size > _ByteStream.BLOCK_SIZE ? size : 0);
          this.realloc(this.view.byteLength + blockSize);
        }
      }
      realloc(size) {
        const newArray = Buffer.alloc(size);
        const newView = Buffer.from(newArray);
        newView.set(this.view);
        this.buf = newArray;
        this.view = newView;
      }
    };
    exports.ByteStream = ByteStream;
  }
});

// node_modules/@sigstore/core/dist/asn1/error.js
var require_error2 = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1TypeError = exports.ASN1ParseError = void 0;
    var ASN1ParseError = class extends Error {
    };
    exports.ASN1ParseError = ASN1ParseError;
    var ASN1TypeError = class extends Error {
    };
    exports.ASN1TypeError = ASN1TypeError;
  }
});

// node_modules/@sigstore/core/dist/asn1/length.js
var require_length = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.decodeLength = decodeLength;
    exports.encodeLength = encodeLength;
    var error_1 = require_error2();
    function decodeLength(stream) {
      const buf = stream.getUint8();
      if ((buf & 128) === 0) {
        return buf;
      }
      const byteCount = buf & 127;
      if (byteCount > 6) {
        throw new error_1.ASN1ParseError("length exceeds 6 byte limit");
      }
      let len = 0;
      for (let i = 0; i < byteCount; i++) {
        len = len * 256 + stream.getUint8();
      }
      if (len === 0) {
        throw new error_1.ASN1ParseError("indefinite length encoding not supported");
      }
      return len;
    }
    function encodeLength(len) {
      if (len < 128) {
        return Buffer.from([len]);
      }
      let val = BigInt(len);
      const bytes = [];
      while (val > 0n) {
        bytes.unshift(Number(val & 255n));
        val = val >> 8n;
      }
      return Buffer.from([128 | bytes.length, ...bytes]);
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/parse.js
var require_parse = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/parse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseInteger = parseInteger;
    exports.parseStringASCII = parseStringASCII;
    exports.parseTime = parseTime;
    exports.parseOID = parseOID;
    exports.parseBoolean = parseBoolean;
    exports.parseBitString = parseBitString;
    var RE_TIME_SHORT_YEAR = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    var RE_TIME_LONG_YEAR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d{3})?Z$/;
    function parseInteger(buf) {
      let pos = 0;
      const end = buf.length;
      let val = buf[pos];
      const neg = val > 127;
      const pad = neg ? 255 : 0;
      while (val == pad && ++pos < end) {
        val = buf[pos];
      }
      const len = end - pos;
      if (len === 0)
        return BigInt(neg ? -1 : 0);
      val = neg ? val - 256 : val;
      let n = BigInt(val);
      for (let i = pos + 1; i < end; ++i) {
        n = n * BigInt(256) + BigInt(buf[i]);
      }
      return n;
    }
    function parseStringASCII(buf) {
      return buf.toString("ascii");
    }
    function parseTime(buf, shortYear) {
      const timeStr = parseStringASCII(buf);
      const m = shortYear ? RE_TIME_SHORT_YEAR.exec(timeStr) : RE_TIME_LONG_YEAR.exec(timeStr);
      if (!m) {
        throw new Error("invalid time");
      }
      if (shortYear) {
        let year = Number(m[1]);
        year += year >= 50 ? 1900 : 2e3;
        m[1] = year.toString();
      }
      return /* @__PURE__ */ new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
    }
    function parseOID(buf) {
      let pos = 0;
      const end = buf.length;
      let n = buf[pos++];
      const first = Math.floor(n / 40);
      const second = n % 40;
      let oid = `${first}.${second}`;
      let val = 0;
      for (; pos < end; ++pos) {
        n = buf[pos];
        val = (val << 7) + (n & 127);
        if ((n & 128) === 0) {
          oid += `.${val}`;
          val = 0;
        }
      }
      return oid;
    }
    function parseBoolean(buf) {
      return buf[0] !== 0;
    }
    function parseBitString(buf) {
      const unused = buf[0];
      const start = 1;
      const end = buf.length;
      const bits = [];
      for (let i = start; i < end; ++i) {
        const byte = buf[i];
        const skip = i === end - 1 ? unused : 0;
        for (let j = 7; j >= skip; --j) {
          bits.push(byte >> j & 1);
        }
      }
      return bits;
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/tag.js
var require_tag = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/tag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Tag = void 0;
    var error_1 = require_error2();
    var UNIVERSAL_TAG = {
      BOOLEAN: 1,
      INTEGER: 2,
      BIT_STRING: 3,
      OCTET_STRING: 4,
      OBJECT_IDENTIFIER: 6,
      SEQUENCE: 16,
      SET: 17,
      PRINTABLE_STRING: 19,
      UTC_TIME: 23,
      GENERALIZED_TIME: 24
    };
    var TAG_CLASS = {
      UNIVERSAL: 0,
      APPLICATION: 1,
      CONTEXT_SPECIFIC: 2,
      PRIVATE: 3
    };
    var ASN1Tag = class {
      number;
      constructed;
      class;
      constructor(enc) {
        this.number = enc & 31;
        this.constructed = (enc & 32) === 32;
        this.class = enc >> 6;
        if (this.number === 31) {
          throw new error_1.ASN1ParseError("long form tags not supported");
        }
        if (this.class === TAG_CLASS.UNIVERSAL && this.number === 0) {
          throw new error_1.ASN1ParseError("unsupported tag 0x00");
        }
      }
      isUniversal() {
        return this.class === TAG_CLASS.UNIVERSAL;
      }
      isContextSpecific(num) {
        const res = this.class === TAG_CLASS.CONTEXT_SPECIFIC;
        return num !== void 0 ? res && this.number === num : res;
      }
      isBoolean() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BOOLEAN;
      }
      isInteger() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.INTEGER;
      }
      isBitString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.BIT_STRING;
      }
      isOctetString() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OCTET_STRING;
      }
      isOID() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.OBJECT_IDENTIFIER;
      }
      isUTCTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.UTC_TIME;
      }
      isGeneralizedTime() {
        return this.isUniversal() && this.number === UNIVERSAL_TAG.GENERALIZED_TIME;
      }
      toDER() {
        return this.number | (this.constructed ? 32 : 0) | this.class << 6;
      }
    };
    exports.ASN1Tag = ASN1Tag;
  }
});

// node_modules/@sigstore/core/dist/asn1/obj.js
var require_obj = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/obj.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var stream_1 = require_stream();
    var error_1 = require_error2();
    var length_1 = require_length();
    var parse_1 = require_parse();
    var tag_1 = require_tag();
    var ASN1Obj = class {
      tag;
      subs;
      value;
      constructor(tag, value, subs) {
        this.tag = tag;
        this.value = value;
        this.subs = subs;
      }
      // Constructs an ASN.1 object from a Buffer of DER-encoded bytes.
      static parseBuffer(buf) {
        return parseStream(new stream_1.ByteStream(buf));
      }
      toDER() {
        const valueStream = new stream_1.ByteStream();
        if (this.subs.length > 0) {
          for (const sub of this.subs) {
            valueStream.appendView(sub.toDER());
          }
        } else {
          valueStream.appendView(this.value);
        }
        const value = valueStream.buffer;
        const obj = new stream_1.ByteStream();
        obj.appendChar(this.tag.toDER());
        obj.appendView((0, length_1.encodeLength)(value.length));
        obj.appendView(value);
        return obj.buffer;
      }
      /////////////////////////////////////////////////////////////////////////////
      // Convenience methods for parsing ASN.1 primitives into JS types
      // Returns the ASN.1 object's value as a boolean. Throws an error if the
      // object is not a boolean.
      toBoolean() {
        if (!this.tag.isBoolean()) {
          throw new error_1.ASN1TypeError("not a boolean");
        }
        return (0, parse_1.parseBoolean)(this.value);
      }
      // Returns the ASN.1 object's value as a BigInt. Throws an error if the
      // object is not an integer.
      toInteger() {
        if (!this.tag.isInteger()) {
          throw new error_1.ASN1TypeError("not an integer");
        }
        return (0, parse_1.parseInteger)(this.value);
      }
      // Returns the ASN.1 object's value as an OID string. Throws an error if the
      // object is not an OID.
      toOID() {
        if (!this.tag.isOID()) {
          throw new error_1.ASN1TypeError("not an OID");
        }
        return (0, parse_1.parseOID)(this.value);
      }
      // Returns the ASN.1 object's value as a Date. Throws an error if the object
      // is not either a UTCTime or a GeneralizedTime.
      toDate() {
        switch (true) {
          case this.tag.isUTCTime():
            return (0, parse_1.parseTime)(this.value, true);
          case this.tag.isGeneralizedTime():
            return (0, parse_1.parseTime)(this.value, false);
          default:
            throw new error_1.ASN1TypeError("not a date");
        }
      }
      // Returns the ASN.1 object's value as a number[] where each number is the
      // value of a bit in the bit string. Throws an error if the object is not a
      // bit string.
      toBitString() {
        if (!this.tag.isBitString()) {
          throw new error_1.ASN1TypeError("not a bit string");
        }
        return (0, parse_1.parseBitString)(this.value);
      }
    };
    exports.ASN1Obj = ASN1Obj;
    function parseStream(stream) {
      const tag = new tag_1.ASN1Tag(stream.getUint8());
      const len = (0, length_1.decodeLength)(stream);
      const value = stream.slice(stream.position, len);
      const start = stream.position;
      let subs = [];
      if (tag.constructed) {
        subs = collectSubs(stream, len);
      } else if (tag.isOctetString()) {
        try {
          subs = collectSubs(stream, len);
        } catch (e) {
        }
      }
      if (subs.length === 0) {
        stream.seek(start + len);
      }
      return new ASN1Obj(tag, value, subs);
    }
    function collectSubs(stream, len) {
      const end = stream.position + len;
      if (end > stream.length) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      const subs = [];
      while (stream.position < end) {
        subs.push(parseStream(stream));
      }
      if (stream.position !== end) {
        throw new error_1.ASN1ParseError("invalid length");
      }
      return subs;
    }
  }
});

// node_modules/@sigstore/core/dist/asn1/index.js
var require_asn1 = __commonJS({
  "node_modules/@sigstore/core/dist/asn1/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ASN1Obj = void 0;
    var obj_1 = require_obj();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: function() {
      return obj_1.ASN1Obj;
    } });
  }
});

// node_modules/@sigstore/core/dist/crypto.js
var require_crypto = __commonJS({
  "node_modules/@sigstore/core/dist/crypto.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createPublicKey = createPublicKey5;
    exports.digest = digest;
    exports.verify = verify;
    exports.bufferEqual = bufferEqual;
    var crypto_1 = __importDefault(__require("crypto"));
    function createPublicKey5(key, type = "spki") {
      if (typeof key === "string") {
        if (key.startsWith("-----")) {
          return crypto_1.default.createPublicKey(key);
        } else {
          return crypto_1.default.createPublicKey({
            key: Buffer.from(key, "base64"),
            format: "der",
            type
          });
        }
      } else {
        return crypto_1.default.createPublicKey({ key, format: "der", type });
      }
    }
    function digest(algorithm, ...data) {
      const hash = crypto_1.default.createHash(algorithm);
      for (const d of data) {
        hash.update(d);
      }
      return hash.digest();
    }
    function verify(data, key, signature, algorithm) {
      try {
        return crypto_1.default.verify(algorithm, data, key, signature);
      } catch (e) {
        return false;
      }
    }
    function bufferEqual(a, b) {
      try {
        return crypto_1.default.timingSafeEqual(a, b);
      } catch {
        return false;
      }
    }
  }
});

// node_modules/@sigstore/core/dist/dsse.js
var require_dsse = __commonJS({
  "node_modules/@sigstore/core/dist/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.preAuthEncoding = preAuthEncoding;
    var PAE_PREFIX = "DSSEv1";
    function preAuthEncoding(payloadType, payload) {
      const typeBytes = Buffer.from(payloadType, "utf-8");
      return Buffer.concat([
        Buffer.from(`${PAE_PREFIX} ${typeBytes.length} `, "ascii"),
        typeBytes,
        Buffer.from(` ${payload.length} `, "ascii"),
        payload
      ]);
    }
  }
});

// node_modules/@sigstore/core/dist/encoding.js
var require_encoding = __commonJS({
  "node_modules/@sigstore/core/dist/encoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.base64Encode = base64Encode;
    exports.base64Decode = base64Decode;
    var BASE64_ENCODING = "base64";
    var UTF8_ENCODING = "utf-8";
    function base64Encode(str2) {
      return Buffer.from(str2, UTF8_ENCODING).toString(BASE64_ENCODING);
    }
    function base64Decode(str2) {
      return Buffer.from(str2, BASE64_ENCODING).toString(UTF8_ENCODING);
    }
  }
});

// node_modules/@sigstore/core/dist/json.js
var require_json = __commonJS({
  "node_modules/@sigstore/core/dist/json.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.canonicalize = canonicalize;
    function canonicalize(object) {
      let buffer = "";
      if (object === null || typeof object !== "object" || object.toJSON != null) {
        buffer += JSON.stringify(object);
      } else if (Array.isArray(object)) {
        buffer += "[";
        let first = true;
        object.forEach((element) => {
          if (!first) {
            buffer += ",";
          }
          first = false;
          buffer += canonicalize(element);
        });
        buffer += "]";
      } else {
        buffer += "{";
        let first = true;
        Object.keys(object).sort().forEach((property) => {
          if (!first) {
            buffer += ",";
          }
          first = false;
          buffer += JSON.stringify(property);
          buffer += ":";
          buffer += canonicalize(object[property]);
        });
        buffer += "}";
      }
      return buffer;
    }
  }
});

// node_modules/@sigstore/core/dist/pem.js
var require_pem = __commonJS({
  "node_modules/@sigstore/core/dist/pem.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toDER = toDER;
    exports.fromDER = fromDER;
    var PEM_HEADER = /-----BEGIN (.*)-----/;
    var PEM_FOOTER = /-----END (.*)-----/;
    function toDER(certificate) {
      let der = "";
      certificate.split("\n").forEach((line) => {
        if (line.match(PEM_HEADER) || line.match(PEM_FOOTER)) {
          return;
        }
        der += line;
      });
      return Buffer.from(der, "base64");
    }
    function fromDER(certificate, type = "CERTIFICATE") {
      const der = certificate.toString("base64");
      const lines = der.match(/.{1,64}/g) || "";
      return [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`].join("\n").concat("\n");
    }
  }
});

// node_modules/@sigstore/core/dist/oid.js
var require_oid = __commonJS({
  "node_modules/@sigstore/core/dist/oid.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SHA2_HASH_ALGOS = exports.RSA_SIGNATURE_ALGOS = exports.ECDSA_SIGNATURE_ALGOS = void 0;
    exports.ECDSA_SIGNATURE_ALGOS = {
      "1.2.840.10045.4.3.1": "sha224",
      "1.2.840.10045.4.3.2": "sha256",
      "1.2.840.10045.4.3.3": "sha384",
      "1.2.840.10045.4.3.4": "sha512"
    };
    exports.RSA_SIGNATURE_ALGOS = {
      "1.2.840.113549.1.1.14": "sha224",
      "1.2.840.113549.1.1.11": "sha256",
      "1.2.840.113549.1.1.12": "sha384",
      "1.2.840.113549.1.1.13": "sha512"
    };
    exports.SHA2_HASH_ALGOS = {
      "2.16.840.1.101.3.4.2.1": "sha256",
      "2.16.840.1.101.3.4.2.2": "sha384",
      "2.16.840.1.101.3.4.2.3": "sha512"
    };
  }
});

// node_modules/@sigstore/core/dist/rfc3161/error.js
var require_error3 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161TimestampVerificationError = void 0;
    var RFC3161TimestampVerificationError = class extends Error {
    };
    exports.RFC3161TimestampVerificationError = RFC3161TimestampVerificationError;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/tstinfo.js
var require_tstinfo = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/tstinfo.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSTInfo = void 0;
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var TSTInfo = class {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get version() {
        return this.root.subs[0].toInteger();
      }
      get genTime() {
        return this.root.subs[4].toDate();
      }
      get messageImprintHashAlgorithm() {
        const oid = this.messageImprintObj.subs[0].subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get messageImprintHashedMessage() {
        return this.messageImprintObj.subs[1].value;
      }
      get raw() {
        return this.root.toDER();
      }
      verify(data) {
        const digest = crypto.digest(this.messageImprintHashAlgorithm, data);
        if (!crypto.bufferEqual(digest, this.messageImprintHashedMessage)) {
          throw new error_1.RFC3161TimestampVerificationError("message imprint does not match artifact");
        }
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get messageImprintObj() {
        return this.root.subs[2];
      }
    };
    exports.TSTInfo = TSTInfo;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/timestamp.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var asn1_1 = require_asn1();
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var error_1 = require_error3();
    var tstinfo_1 = require_tstinfo();
    var OID_PKCS9_CONTENT_TYPE_SIGNED_DATA = "1.2.840.113549.1.7.2";
    var OID_PKCS9_CONTENT_TYPE_TSTINFO = "1.2.840.113549.1.9.16.1.4";
    var OID_PKCS9_MESSAGE_DIGEST_KEY = "1.2.840.113549.1.9.4";
    var RFC3161Timestamp = class _RFC3161Timestamp {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(der) {
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new _RFC3161Timestamp(asn1);
      }
      get status() {
        return this.pkiStatusInfoObj.subs[0].toInteger();
      }
      get contentType() {
        return this.contentTypeObj.toOID();
      }
      get eContentType() {
        return this.eContentTypeObj.toOID();
      }
      get signingTime() {
        return this.tstInfo.genTime;
      }
      get signerIssuer() {
        return this.signerSidObj.subs[0].value;
      }
      get signerSerialNumber() {
        return this.signerSidObj.subs[1].value;
      }
      get signerDigestAlgorithm() {
        const oid = this.signerDigestAlgorithmObj.subs[0].toOID();
        return oid_1.SHA2_HASH_ALGOS[oid];
      }
      get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value;
      }
      get tstInfo() {
        return new tstinfo_1.TSTInfo(this.eContentObj.subs[0].subs[0]);
      }
      verify(data, publicKey2) {
        if (!this.timeStampTokenObj) {
          throw new error_1.RFC3161TimestampVerificationError("timeStampToken is missing");
        }
        if (this.contentType !== OID_PKCS9_CONTENT_TYPE_SIGNED_DATA) {
          throw new error_1.RFC3161TimestampVerificationError(`incorrect content type: ${this.contentType}`);
        }
        if (this.eContentType !== OID_PKCS9_CONTENT_TYPE_TSTINFO) {
          throw new error_1.RFC3161TimestampVerificationError(`incorrect encapsulated content type: ${this.eContentType}`);
        }
        this.tstInfo.verify(data);
        this.verifyMessageDigest();
        this.verifySignature(publicKey2);
      }
      verifyMessageDigest() {
        const tstInfoDigest = crypto.digest(this.signerDigestAlgorithm, this.tstInfo.raw);
        const expectedDigest = this.messageDigestAttributeObj.subs[1].subs[0].value;
        if (!crypto.bufferEqual(tstInfoDigest, expectedDigest)) {
          throw new error_1.RFC3161TimestampVerificationError("signed data does not match tstInfo");
        }
      }
      verifySignature(key) {
        const signedAttrs = this.signedAttrsObj.toDER();
        signedAttrs[0] = 49;
        const verified = crypto.verify(signedAttrs, key, this.signatureValue, this.signatureAlgorithm);
        if (!verified) {
          throw new error_1.RFC3161TimestampVerificationError("signature verification failed");
        }
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get pkiStatusInfoObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc3161#section-2.4.2
      get timeStampTokenObj() {
        return this.root.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-3
      get contentTypeObj() {
        return this.timeStampTokenObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-3
      get signedDataObj() {
        const obj = this.timeStampTokenObj.subs.find((sub) => sub.tag.isContextSpecific(0));
        return obj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get encapContentInfoObj() {
        return this.signedDataObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.1
      get signerInfosObj() {
        const sd = this.signedDataObj;
        return sd.subs[sd.subs.length - 1];
      }
      // https://www.rfc-editor.org/rfc/rfc5652#section-5.1
      get signerInfoObj() {
        return this.signerInfosObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentTypeObj() {
        return this.encapContentInfoObj.subs[0];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.2
      get eContentObj() {
        return this.encapContentInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signedAttrsObj() {
        const signedAttrs = this.signerInfoObj.subs.find((sub) => sub.tag.isContextSpecific(0));
        return signedAttrs;
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get messageDigestAttributeObj() {
        const messageDigest = this.signedAttrsObj.subs.find((sub) => sub.subs[0].tag.isOID() && sub.subs[0].toOID() === OID_PKCS9_MESSAGE_DIGEST_KEY);
        return messageDigest;
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerSidObj() {
        return this.signerInfoObj.subs[1];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signerDigestAlgorithmObj() {
        return this.signerInfoObj.subs[2];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureAlgorithmObj() {
        return this.signerInfoObj.subs[4];
      }
      // https://datatracker.ietf.org/doc/html/rfc5652#section-5.3
      get signatureValueObj() {
        return this.signerInfoObj.subs[5];
      }
    };
    exports.RFC3161Timestamp = RFC3161Timestamp;
  }
});

// node_modules/@sigstore/core/dist/rfc3161/index.js
var require_rfc3161 = __commonJS({
  "node_modules/@sigstore/core/dist/rfc3161/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RFC3161Timestamp = void 0;
    var timestamp_1 = require_timestamp();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: function() {
      return timestamp_1.RFC3161Timestamp;
    } });
  }
});

// node_modules/@sigstore/core/dist/x509/sct.js
var require_sct = __commonJS({
  "node_modules/@sigstore/core/dist/x509/sct.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SignedCertificateTimestamp = void 0;
    var crypto = __importStar(require_crypto());
    var stream_1 = require_stream();
    var SignedCertificateTimestamp = class _SignedCertificateTimestamp {
      version;
      logID;
      timestamp;
      extensions;
      hashAlgorithm;
      signatureAlgorithm;
      signature;
      constructor(options) {
        this.version = options.version;
        this.logID = options.logID;
        this.timestamp = options.timestamp;
        this.extensions = options.extensions;
        this.hashAlgorithm = options.hashAlgorithm;
        this.signatureAlgorithm = options.signatureAlgorithm;
        this.signature = options.signature;
      }
      get datetime() {
        return new Date(Number(this.timestamp.readBigInt64BE()));
      }
      // Returns the hash algorithm used to generate the SCT's signature.
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      get algorithm() {
        switch (this.hashAlgorithm) {
          /* istanbul ignore next */
          case 0:
            return "none";
          /* istanbul ignore next */
          case 1:
            return "md5";
          /* istanbul ignore next */
          case 2:
            return "sha1";
          /* istanbul ignore next */
          case 3:
            return "sha224";
          case 4:
            return "sha256";
          /* istanbul ignore next */
          case 5:
            return "sha384";
          /* istanbul ignore next */
          case 6:
            return "sha512";
          /* istanbul ignore next */
          default:
            return "unknown";
        }
      }
      verify(preCert, key) {
        const stream = new stream_1.ByteStream();
        stream.appendChar(this.version);
        stream.appendChar(0);
        stream.appendView(this.timestamp);
        stream.appendUint16(1);
        stream.appendView(preCert);
        stream.appendUint16(this.extensions.byteLength);
        if (this.extensions.byteLength > 0) {
          stream.appendView(this.extensions);
        }
        return crypto.verify(stream.buffer, key, this.signature, this.algorithm);
      }
      // Parses a SignedCertificateTimestamp from a buffer. SCTs are encoded using
      // TLS encoding which means the fields and lengths of most fields are
      // specified as part of the SCT and TLS specs.
      // https://www.rfc-editor.org/rfc/rfc6962#section-3.2
      // https://www.rfc-editor.org/rfc/rfc5246#section-7.4.1.4.1
      static parse(buf) {
        const stream = new stream_1.ByteStream(buf);
        const version = stream.getUint8();
        const logID = stream.getBlock(32);
        const timestamp = stream.getBlock(8);
        const extenstionLength = stream.getUint16();
        const extensions = stream.getBlock(extenstionLength);
        const hashAlgorithm = stream.getUint8();
        const signatureAlgorithm = stream.getUint8();
        const sigLength = stream.getUint16();
        const signature = stream.getBlock(sigLength);
        if (stream.position !== buf.length) {
          throw new Error("SCT buffer length mismatch");
        }
        return new _SignedCertificateTimestamp({
          version,
          logID,
          timestamp,
          extensions,
          hashAlgorithm,
          signatureAlgorithm,
          signature
        });
      }
    };
    exports.SignedCertificateTimestamp = SignedCertificateTimestamp;
  }
});

// node_modules/@sigstore/core/dist/x509/ext.js
var require_ext = __commonJS({
  "node_modules/@sigstore/core/dist/x509/ext.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509SubjectKeyIDExtension = exports.X509AuthorityKeyIDExtension = exports.X509SubjectAlternativeNameExtension = exports.X509KeyUsageExtension = exports.X509BasicConstraintsExtension = exports.X509Extension = void 0;
    var stream_1 = require_stream();
    var sct_1 = require_sct();
    var X509Extension = class {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      get oid() {
        return this.root.subs[0].toOID();
      }
      get critical() {
        return this.root.subs.length === 3 ? this.root.subs[1].toBoolean() : false;
      }
      get value() {
        return this.extnValueObj.value;
      }
      get valueObj() {
        return this.extnValueObj;
      }
      get extnValueObj() {
        return this.root.subs[this.root.subs.length - 1];
      }
    };
    exports.X509Extension = X509Extension;
    var X509BasicConstraintsExtension = class extends X509Extension {
      get isCA() {
        return this.sequence.subs[0]?.toBoolean() ?? false;
      }
      get pathLenConstraint() {
        return this.sequence.subs.length > 1 ? this.sequence.subs[1].toInteger() : void 0;
      }
      // The extnValue field contains a single sequence wrapping the isCA and
      // pathLenConstraint.
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509BasicConstraintsExtension = X509BasicConstraintsExtension;
    var X509KeyUsageExtension = class extends X509Extension {
      get digitalSignature() {
        return this.bitString[0] === 1;
      }
      get keyCertSign() {
        return this.bitString[5] === 1;
      }
      get crlSign() {
        return this.bitString[6] === 1;
      }
      // The extnValue field contains a single bit string which is a bit mask
      // indicating which key usages are enabled.
      get bitString() {
        return this.extnValueObj.subs[0].toBitString();
      }
    };
    exports.X509KeyUsageExtension = X509KeyUsageExtension;
    var X509SubjectAlternativeNameExtension = class extends X509Extension {
      get rfc822Name() {
        return this.findGeneralName(1)?.value.toString("ascii");
      }
      get uri() {
        return this.findGeneralName(6)?.value.toString("ascii");
      }
      // Retrieve the value of an otherName with the given OID.
      otherName(oid) {
        const otherName = this.findGeneralName(0);
        if (otherName === void 0) {
          return void 0;
        }
        const otherNameOID = otherName.subs[0].toOID();
        if (otherNameOID !== oid) {
          return void 0;
        }
        const otherNameValue = otherName.subs[1];
        return otherNameValue.subs[0].value.toString("ascii");
      }
      findGeneralName(tag) {
        return this.generalNames.find((gn) => gn.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a sequence of GeneralNames.
      get generalNames() {
        return this.extnValueObj.subs[0].subs;
      }
    };
    exports.X509SubjectAlternativeNameExtension = X509SubjectAlternativeNameExtension;
    var X509AuthorityKeyIDExtension = class extends X509Extension {
      get keyIdentifier() {
        return this.findSequenceMember(0)?.value;
      }
      findSequenceMember(tag) {
        return this.sequence.subs.find((el) => el.tag.isContextSpecific(tag));
      }
      // The extnValue field contains a single sequence wrapping the keyIdentifier
      get sequence() {
        return this.extnValueObj.subs[0];
      }
    };
    exports.X509AuthorityKeyIDExtension = X509AuthorityKeyIDExtension;
    var X509SubjectKeyIDExtension = class extends X509Extension {
      get keyIdentifier() {
        return this.extnValueObj.subs[0].value;
      }
    };
    exports.X509SubjectKeyIDExtension = X509SubjectKeyIDExtension;
    var X509SCTExtension = class extends X509Extension {
      constructor(asn1) {
        super(asn1);
      }
      get signedCertificateTimestamps() {
        const buf = this.extnValueObj.subs[0].value;
        const stream = new stream_1.ByteStream(buf);
        const end = stream.getUint16() + 2;
        const sctList = [];
        while (stream.position < end) {
          const sctLength = stream.getUint16();
          const sct = stream.getBlock(sctLength);
          sctList.push(sct_1.SignedCertificateTimestamp.parse(sct));
        }
        if (stream.position !== end) {
          throw new Error("SCT list length does not match actual length");
        }
        return sctList;
      }
    };
    exports.X509SCTExtension = X509SCTExtension;
  }
});

// node_modules/@sigstore/core/dist/x509/cert.js
var require_cert = __commonJS({
  "node_modules/@sigstore/core/dist/x509/cert.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var asn1_1 = require_asn1();
    var crypto = __importStar(require_crypto());
    var oid_1 = require_oid();
    var pem = __importStar(require_pem());
    var ext_1 = require_ext();
    var EXTENSION_OID_SUBJECT_KEY_ID = "2.5.29.14";
    var EXTENSION_OID_KEY_USAGE = "2.5.29.15";
    var EXTENSION_OID_SUBJECT_ALT_NAME = "2.5.29.17";
    var EXTENSION_OID_BASIC_CONSTRAINTS = "2.5.29.19";
    var EXTENSION_OID_AUTHORITY_KEY_ID = "2.5.29.35";
    exports.EXTENSION_OID_SCT = "1.3.6.1.4.1.11129.2.4.2";
    var X509Certificate = class _X509Certificate {
      root;
      constructor(asn1) {
        this.root = asn1;
      }
      static parse(cert) {
        const der = typeof cert === "string" ? pem.toDER(cert) : cert;
        const asn1 = asn1_1.ASN1Obj.parseBuffer(der);
        return new _X509Certificate(asn1);
      }
      get tbsCertificate() {
        return this.tbsCertificateObj;
      }
      get version() {
        const ver = this.versionObj.subs[0].toInteger();
        return `v${(ver + BigInt(1)).toString()}`;
      }
      get serialNumber() {
        return this.serialNumberObj.value;
      }
      get notBefore() {
        return this.validityObj.subs[0].toDate();
      }
      get notAfter() {
        return this.validityObj.subs[1].toDate();
      }
      get issuer() {
        return this.issuerObj.value;
      }
      get subject() {
        return this.subjectObj.value;
      }
      get publicKey() {
        return this.subjectPublicKeyInfoObj.toDER();
      }
      get signatureAlgorithm() {
        const oid = this.signatureAlgorithmObj.subs[0].toOID();
        if (oid_1.RSA_SIGNATURE_ALGOS[oid]) {
          return oid_1.RSA_SIGNATURE_ALGOS[oid];
        }
        return oid_1.ECDSA_SIGNATURE_ALGOS[oid];
      }
      get signatureValue() {
        return this.signatureValueObj.value.subarray(1);
      }
      get subjectAltName() {
        const ext = this.extSubjectAltName;
        return ext?.uri || /* istanbul ignore next */
        ext?.rfc822Name;
      }
      get extensions() {
        const extSeq = this.extensionsObj?.subs[0];
        return extSeq?.subs || [];
      }
      get extKeyUsage() {
        const ext = this.findExtension(EXTENSION_OID_KEY_USAGE);
        return ext ? new ext_1.X509KeyUsageExtension(ext) : void 0;
      }
      get extBasicConstraints() {
        const ext = this.findExtension(EXTENSION_OID_BASIC_CONSTRAINTS);
        return ext ? new ext_1.X509BasicConstraintsExtension(ext) : void 0;
      }
      get extSubjectAltName() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_ALT_NAME);
        return ext ? new ext_1.X509SubjectAlternativeNameExtension(ext) : void 0;
      }
      get extAuthorityKeyID() {
        const ext = this.findExtension(EXTENSION_OID_AUTHORITY_KEY_ID);
        return ext ? new ext_1.X509AuthorityKeyIDExtension(ext) : void 0;
      }
      get extSubjectKeyID() {
        const ext = this.findExtension(EXTENSION_OID_SUBJECT_KEY_ID);
        return ext ? new ext_1.X509SubjectKeyIDExtension(ext) : (
          /* istanbul ignore next */
          void 0
        );
      }
      get extSCT() {
        const ext = this.findExtension(exports.EXTENSION_OID_SCT);
        return ext ? new ext_1.X509SCTExtension(ext) : void 0;
      }
      get isCA() {
        const ca = this.extBasicConstraints?.isCA || false;
        if (this.extKeyUsage) {
          return ca && this.extKeyUsage.keyCertSign;
        }
        return ca;
      }
      extension(oid) {
        const ext = this.findExtension(oid);
        return ext ? new ext_1.X509Extension(ext) : void 0;
      }
      verify(issuerCertificate) {
        const publicKey2 = issuerCertificate?.publicKey || this.publicKey;
        const key = crypto.createPublicKey(publicKey2);
        return crypto.verify(this.tbsCertificate.toDER(), key, this.signatureValue, this.signatureAlgorithm);
      }
      validForDate(date) {
        return this.notBefore <= date && date <= this.notAfter;
      }
      equals(other) {
        return this.root.toDER().equals(other.root.toDER());
      }
      // Creates a copy of the certificate with a new buffer
      clone() {
        const der = this.root.toDER();
        const clone = Buffer.alloc(der.length);
        der.copy(clone);
        return _X509Certificate.parse(clone);
      }
      findExtension(oid) {
        return this.extensions.find((ext) => ext.subs[0].toOID() === oid);
      }
      /////////////////////////////////////////////////////////////////////////////
      // The following properties use the documented x509 structure to locate the
      // desired ASN.1 object
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.1
      get tbsCertificateObj() {
        return this.root.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2
      get signatureAlgorithmObj() {
        return this.root.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.3
      get signatureValueObj() {
        return this.root.subs[2];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.1
      get versionObj() {
        return this.tbsCertificateObj.subs[0];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.2
      get serialNumberObj() {
        return this.tbsCertificateObj.subs[1];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.4
      get issuerObj() {
        return this.tbsCertificateObj.subs[3];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5
      get validityObj() {
        return this.tbsCertificateObj.subs[4];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.6
      get subjectObj() {
        return this.tbsCertificateObj.subs[5];
      }
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7
      get subjectPublicKeyInfoObj() {
        return this.tbsCertificateObj.subs[6];
      }
      // Extensions can't be located by index because their position varies. Instead,
      // we need to find the extensions context specific tag
      // https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.9
      get extensionsObj() {
        return this.tbsCertificateObj.subs.find((sub) => sub.tag.isContextSpecific(3));
      }
    };
    exports.X509Certificate = X509Certificate;
  }
});

// node_modules/@sigstore/core/dist/x509/index.js
var require_x509 = __commonJS({
  "node_modules/@sigstore/core/dist/x509/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = void 0;
    var cert_1 = require_cert();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: function() {
      return cert_1.EXTENSION_OID_SCT;
    } });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: function() {
      return cert_1.X509Certificate;
    } });
    var ext_1 = require_ext();
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: function() {
      return ext_1.X509SCTExtension;
    } });
  }
});

// node_modules/@sigstore/core/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@sigstore/core/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.X509SCTExtension = exports.X509Certificate = exports.EXTENSION_OID_SCT = exports.ByteStream = exports.RFC3161Timestamp = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = exports.ASN1Obj = void 0;
    var asn1_1 = require_asn1();
    Object.defineProperty(exports, "ASN1Obj", { enumerable: true, get: function() {
      return asn1_1.ASN1Obj;
    } });
    exports.crypto = __importStar(require_crypto());
    exports.dsse = __importStar(require_dsse());
    exports.encoding = __importStar(require_encoding());
    exports.json = __importStar(require_json());
    exports.pem = __importStar(require_pem());
    var rfc3161_1 = require_rfc3161();
    Object.defineProperty(exports, "RFC3161Timestamp", { enumerable: true, get: function() {
      return rfc3161_1.RFC3161Timestamp;
    } });
    var stream_1 = require_stream();
    Object.defineProperty(exports, "ByteStream", { enumerable: true, get: function() {
      return stream_1.ByteStream;
    } });
    var x509_1 = require_x509();
    Object.defineProperty(exports, "EXTENSION_OID_SCT", { enumerable: true, get: function() {
      return x509_1.EXTENSION_OID_SCT;
    } });
    Object.defineProperty(exports, "X509Certificate", { enumerable: true, get: function() {
      return x509_1.X509Certificate;
    } });
    Object.defineProperty(exports, "X509SCTExtension", { enumerable: true, get: function() {
      return x509_1.X509SCTExtension;
    } });
  }
});

// node_modules/@sigstore/sign/dist/util/oidc.js
var require_oidc = __commonJS({
  "node_modules/@sigstore/sign/dist/util/oidc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extractJWTSubject = extractJWTSubject;
    var core_1 = require_dist3();
    function extractJWTSubject(jwt) {
      const parts = jwt.split(".", 3);
      const payload = JSON.parse(core_1.encoding.base64Decode(parts[1]));
      if (payload.email) {
        if (!payload.email_verified) {
          throw new Error("JWT email not verified by issuer");
        }
        return payload.email;
      }
      if (payload.sub) {
        return payload.sub;
      } else {
        throw new Error("JWT subject not found");
      }
    }
  }
});

// node_modules/@sigstore/sign/package.json
var require_package = __commonJS({
  "node_modules/@sigstore/sign/package.json"(exports, module) {
    module.exports = {
      name: "@sigstore/sign",
      version: "4.1.1",
      description: "Sigstore signing library",
      main: "dist/index.js",
      types: "dist/index.d.ts",
      scripts: {
        clean: "shx rm -rf dist *.tsbuildinfo",
        build: "tsc --build",
        test: "jest"
      },
      files: [
        "dist"
      ],
      author: "bdehamer@github.com",
      license: "Apache-2.0",
      repository: {
        type: "git",
        url: "git+https://github.com/sigstore/sigstore-js.git"
      },
      bugs: {
        url: "https://github.com/sigstore/sigstore-js/issues"
      },
      homepage: "https://github.com/sigstore/sigstore-js/tree/main/packages/sign#readme",
      publishConfig: {
        provenance: true
      },
      devDependencies: {
        "@sigstore/jest": "^0.0.0",
        "@sigstore/mock": "^0.12.0",
        "@sigstore/rekor-types": "^4.0.0",
        "@types/make-fetch-happen": "^10.0.4"
      },
      dependencies: {
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.0",
        "@sigstore/protobuf-specs": "^0.5.0",
        "make-fetch-happen": "^15.0.4",
        "proc-log": "^6.1.0",
        "@gar/promise-retry": "^1.0.2"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    };
  }
});

// node_modules/@sigstore/sign/dist/util/ua.js
var require_ua = __commonJS({
  "node_modules/@sigstore/sign/dist/util/ua.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getUserAgent = void 0;
    var os_1 = __importDefault(__require("os"));
    var getUserAgent = () => {
      const packageVersion = require_package().version;
      const nodeVersion = process.version;
      const platformName = os_1.default.platform();
      const archName = os_1.default.arch();
      return `sigstore-js/${packageVersion} (Node ${nodeVersion}) (${platformName}/${archName})`;
    };
    exports.getUserAgent = getUserAgent;
  }
});

// node_modules/@sigstore/sign/dist/util/index.js
var require_util = __commonJS({
  "node_modules/@sigstore/sign/dist/util/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ua = exports.oidc = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = void 0;
    var core_1 = require_dist3();
    Object.defineProperty(exports, "crypto", { enumerable: true, get: function() {
      return core_1.crypto;
    } });
    Object.defineProperty(exports, "dsse", { enumerable: true, get: function() {
      return core_1.dsse;
    } });
    Object.defineProperty(exports, "encoding", { enumerable: true, get: function() {
      return core_1.encoding;
    } });
    Object.defineProperty(exports, "json", { enumerable: true, get: function() {
      return core_1.json;
    } });
    Object.defineProperty(exports, "pem", { enumerable: true, get: function() {
      return core_1.pem;
    } });
    exports.oidc = __importStar(require_oidc());
    exports.ua = __importStar(require_ua());
  }
});

// node_modules/@sigstore/sign/dist/bundler/base.js
var require_base = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/base.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BaseBundleBuilder = void 0;
    var BaseBundleBuilder = class {
      signer;
      witnesses;
      constructor(options) {
        this.signer = options.signer;
        this.witnesses = options.witnesses;
      }
      // Executes the signing/witnessing process for the given artifact.
      async create(artifact) {
        const signature = await this.prepare(artifact).then((blob) => this.signer.sign(blob));
        const bundle = await this.package(artifact, signature);
        const verificationMaterials = await Promise.all(this.witnesses.map((witness) => witness.testify(bundle.content, publicKey2(signature.key))));
        const tlogEntryList = [];
        const timestampList = [];
        verificationMaterials.forEach(({ tlogEntries, rfc3161Timestamps }) => {
          tlogEntryList.push(...tlogEntries ?? []);
          timestampList.push(...rfc3161Timestamps ?? []);
        });
        bundle.verificationMaterial.tlogEntries = tlogEntryList;
        bundle.verificationMaterial.timestampVerificationData = {
          rfc3161Timestamps: timestampList
        };
        return bundle;
      }
      // Override this function to apply any pre-signing transformations to the
      // artifact. The returned buffer will be signed by the signer. The default
      // implementation simply returns the artifact data.
      async prepare(artifact) {
        return artifact.data;
      }
    };
    exports.BaseBundleBuilder = BaseBundleBuilder;
    function publicKey2(key) {
      switch (key.$case) {
        case "publicKey":
          return key.publicKey;
        case "x509Certificate":
          return key.certificate;
      }
    }
  }
});

// node_modules/@sigstore/sign/dist/bundler/bundle.js
var require_bundle2 = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/bundle.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toMessageSignatureBundle = toMessageSignatureBundle;
    exports.toDSSEBundle = toDSSEBundle;
    var sigstore = __importStar(require_dist2());
    var util_1 = require_util();
    function toMessageSignatureBundle(artifact, signature) {
      const digest = util_1.crypto.digest("sha256", artifact.data);
      return sigstore.toMessageSignatureBundle({
        digest,
        signature: signature.signature,
        certificate: signature.key.$case === "x509Certificate" ? util_1.pem.toDER(signature.key.certificate) : void 0,
        keyHint: signature.key.$case === "publicKey" ? signature.key.hint : void 0,
        certificateChain: true
      });
    }
    function toDSSEBundle(artifact, signature, certificateChain) {
      return sigstore.toDSSEBundle({
        artifact: artifact.data,
        artifactType: artifact.type,
        signature: signature.signature,
        certificate: signature.key.$case === "x509Certificate" ? util_1.pem.toDER(signature.key.certificate) : void 0,
        keyHint: signature.key.$case === "publicKey" ? signature.key.hint : void 0,
        certificateChain
      });
    }
  }
});

// node_modules/@sigstore/sign/dist/bundler/dsse.js
var require_dsse2 = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSEBundleBuilder = void 0;
    var util_1 = require_util();
    var base_1 = require_base();
    var bundle_1 = require_bundle2();
    var DSSEBundleBuilder2 = class extends base_1.BaseBundleBuilder {
      certificateChain;
      constructor(options) {
        super(options);
        this.certificateChain = options.certificateChain ?? false;
      }
      // DSSE requires the artifact to be pre-encoded with the payload type
      // before the signature is generated.
      async prepare(artifact) {
        const a = artifactDefaults(artifact);
        return util_1.dsse.preAuthEncoding(a.type, a.data);
      }
      // Packages the artifact and signature into a DSSE bundle
      async package(artifact, signature) {
        return (0, bundle_1.toDSSEBundle)(artifactDefaults(artifact), signature, this.certificateChain);
      }
    };
    exports.DSSEBundleBuilder = DSSEBundleBuilder2;
    function artifactDefaults(artifact) {
      return {
        ...artifact,
        type: artifact.type ?? ""
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/bundler/message.js
var require_message = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureBundleBuilder = void 0;
    var base_1 = require_base();
    var bundle_1 = require_bundle2();
    var MessageSignatureBundleBuilder = class extends base_1.BaseBundleBuilder {
      constructor(options) {
        super(options);
      }
      async package(artifact, signature) {
        return (0, bundle_1.toMessageSignatureBundle)(artifact, signature);
      }
    };
    exports.MessageSignatureBundleBuilder = MessageSignatureBundleBuilder;
  }
});

// node_modules/@sigstore/sign/dist/bundler/index.js
var require_bundler = __commonJS({
  "node_modules/@sigstore/sign/dist/bundler/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureBundleBuilder = exports.DSSEBundleBuilder = void 0;
    var dsse_1 = require_dsse2();
    Object.defineProperty(exports, "DSSEBundleBuilder", { enumerable: true, get: function() {
      return dsse_1.DSSEBundleBuilder;
    } });
    var message_1 = require_message();
    Object.defineProperty(exports, "MessageSignatureBundleBuilder", { enumerable: true, get: function() {
      return message_1.MessageSignatureBundleBuilder;
    } });
  }
});

// node_modules/@sigstore/sign/dist/external/error.js
var require_error4 = __commonJS({
  "node_modules/@sigstore/sign/dist/external/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HTTPError = void 0;
    var HTTPError = class extends Error {
      statusCode;
      location;
      constructor({ status, message, location }) {
        super(`(${status}) ${message}`);
        this.statusCode = status;
        this.location = location;
      }
    };
    exports.HTTPError = HTTPError;
  }
});

// node_modules/@sigstore/sign/dist/error.js
var require_error5 = __commonJS({
  "node_modules/@sigstore/sign/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.InternalError = void 0;
    exports.internalError = internalError;
    var error_1 = require_error4();
    var InternalError = class extends Error {
      code;
      cause;
      constructor({ code, message, cause }) {
        super(message);
        this.name = this.constructor.name;
        this.cause = cause;
        this.code = code;
      }
    };
    exports.InternalError = InternalError;
    function internalError(err, code, message) {
      if (err instanceof error_1.HTTPError) {
        message += ` - ${err.message}`;
      }
      throw new InternalError({
        code,
        message,
        cause: err
      });
    }
  }
});

// node_modules/@sigstore/sign/dist/external/fetch.js
var require_fetch = __commonJS({
  "node_modules/@sigstore/sign/dist/external/fetch.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fetchWithRetry = fetchWithRetry;
    var promise_retry_1 = require_lib();
    var http2_1 = __require("http2");
    var make_fetch_happen_1 = __importDefault(require_lib3());
    var proc_log_1 = require_lib2();
    var util_1 = require_util();
    var error_1 = require_error4();
    var { HTTP2_HEADER_LOCATION, HTTP2_HEADER_CONTENT_TYPE, HTTP2_HEADER_USER_AGENT, HTTP_STATUS_INTERNAL_SERVER_ERROR, HTTP_STATUS_TOO_MANY_REQUESTS, HTTP_STATUS_REQUEST_TIMEOUT } = http2_1.constants;
    async function fetchWithRetry(url, options) {
      return (0, promise_retry_1.promiseRetry)(async (retry, attemptNum) => {
        const method = options.method || "POST";
        const headers = {
          [HTTP2_HEADER_USER_AGENT]: util_1.ua.getUserAgent(),
          ...options.headers
        };
        const response = await (0, make_fetch_happen_1.default)(url, {
          method,
          headers,
          body: options.body,
          timeout: options.timeout,
          retry: false
          // We're handling retries ourselves
        }).catch((reason) => {
          proc_log_1.log.http("fetch", `${method} ${url} attempt ${attemptNum} failed with ${reason}`);
          return retry(reason);
        });
        if (response.ok) {
          return response;
        } else {
          const error = await errorFromResponse(response);
          proc_log_1.log.http("fetch", `${method} ${url} attempt ${attemptNum} failed with ${response.status}`);
          if (retryable(response.status)) {
            return retry(error);
          } else {
            throw error;
          }
        }
      }, retryOpts(options.retry));
    }
    var errorFromResponse = async (response) => {
      let message = response.statusText;
      const location = response.headers.get(HTTP2_HEADER_LOCATION) || void 0;
      const contentType = response.headers.get(HTTP2_HEADER_CONTENT_TYPE);
      if (contentType?.includes("application/json")) {
        try {
          const body = await response.json();
          message = body.message || message;
        } catch (e) {
        }
      }
      return new error_1.HTTPError({
        status: response.status,
        message,
        location
      });
    };
    var retryable = (status) => [HTTP_STATUS_REQUEST_TIMEOUT, HTTP_STATUS_TOO_MANY_REQUESTS].includes(status) || status >= HTTP_STATUS_INTERNAL_SERVER_ERROR;
    var retryOpts = (retry) => {
      if (typeof retry === "boolean") {
        return { retries: retry ? 1 : 0 };
      } else if (typeof retry === "number") {
        return { retries: retry };
      } else {
        return { retries: 0, ...retry };
      }
    };
  }
});

// node_modules/@sigstore/sign/dist/external/fulcio.js
var require_fulcio = __commonJS({
  "node_modules/@sigstore/sign/dist/external/fulcio.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Fulcio = void 0;
    var fetch_1 = require_fetch();
    var Fulcio = class {
      options;
      constructor(options) {
        this.options = options;
      }
      async createSigningCertificate(request) {
        const { baseURL, retry, timeout } = this.options;
        const url = `${baseURL}/api/v2/signingCert`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json"
          },
          body: JSON.stringify(request),
          timeout,
          retry
        });
        return response.json();
      }
    };
    exports.Fulcio = Fulcio;
  }
});

// node_modules/@sigstore/sign/dist/signer/fulcio/ca.js
var require_ca = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/fulcio/ca.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CAClient = void 0;
    var error_1 = require_error5();
    var fulcio_1 = require_fulcio();
    var CAClient = class {
      fulcio;
      constructor(options) {
        this.fulcio = new fulcio_1.Fulcio({
          baseURL: options.fulcioBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createSigningCertificate(identityToken, publicKey2, challenge) {
        const request = toCertificateRequest(identityToken, publicKey2, challenge);
        try {
          const resp = await this.fulcio.createSigningCertificate(request);
          const cert = resp.signedCertificateEmbeddedSct ? resp.signedCertificateEmbeddedSct : resp.signedCertificateDetachedSct;
          return cert.chain.certificates;
        } catch (err) {
          (0, error_1.internalError)(err, "CA_CREATE_SIGNING_CERTIFICATE_ERROR", "error creating signing certificate");
        }
      }
    };
    exports.CAClient = CAClient;
    function toCertificateRequest(identityToken, publicKey2, challenge) {
      return {
        credentials: {
          oidcIdentityToken: identityToken
        },
        publicKeyRequest: {
          publicKey: {
            algorithm: "ECDSA",
            content: publicKey2
          },
          proofOfPossession: challenge.toString("base64")
        }
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/signer/fulcio/ephemeral.js
var require_ephemeral = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/fulcio/ephemeral.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EphemeralSigner = void 0;
    var crypto_1 = __require("crypto");
    var EC_KEYPAIR_TYPE = "ec";
    var P256_CURVE = "P-256";
    var EphemeralSigner = class {
      keypair;
      constructor() {
        this.keypair = (0, crypto_1.generateKeyPairSync)(EC_KEYPAIR_TYPE, {
          namedCurve: P256_CURVE
        });
      }
      async sign(data) {
        const signature = (0, crypto_1.sign)("sha256", data, this.keypair.privateKey);
        const publicKey2 = this.keypair.publicKey.export({ format: "pem", type: "spki" }).toString("ascii");
        return {
          signature,
          key: { $case: "publicKey", publicKey: publicKey2 }
        };
      }
    };
    exports.EphemeralSigner = EphemeralSigner;
  }
});

// node_modules/@sigstore/sign/dist/signer/fulcio/index.js
var require_fulcio2 = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/fulcio/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FulcioSigner = exports.DEFAULT_FULCIO_URL = void 0;
    var error_1 = require_error5();
    var util_1 = require_util();
    var ca_1 = require_ca();
    var ephemeral_1 = require_ephemeral();
    exports.DEFAULT_FULCIO_URL = "https://fulcio.sigstore.dev";
    var FulcioSigner2 = class {
      ca;
      identityProvider;
      keyHolder;
      constructor(options) {
        this.ca = new ca_1.CAClient({
          ...options,
          fulcioBaseURL: options.fulcioBaseURL || /* istanbul ignore next */
          exports.DEFAULT_FULCIO_URL
        });
        this.identityProvider = options.identityProvider;
        this.keyHolder = options.keyHolder || new ephemeral_1.EphemeralSigner();
      }
      async sign(data) {
        const identityToken = await this.getIdentityToken();
        let subject2;
        try {
          subject2 = util_1.oidc.extractJWTSubject(identityToken);
        } catch (err) {
          throw new error_1.InternalError({
            code: "IDENTITY_TOKEN_PARSE_ERROR",
            message: `invalid identity token: ${identityToken}`,
            cause: err
          });
        }
        const challenge = await this.keyHolder.sign(Buffer.from(subject2));
        if (challenge.key.$case !== "publicKey") {
          throw new error_1.InternalError({
            code: "CA_CREATE_SIGNING_CERTIFICATE_ERROR",
            message: "unexpected format for signing key"
          });
        }
        const certificates = await this.ca.createSigningCertificate(identityToken, challenge.key.publicKey, challenge.signature);
        const signature = await this.keyHolder.sign(data);
        return {
          signature: signature.signature,
          key: {
            $case: "x509Certificate",
            certificate: certificates[0]
          }
        };
      }
      async getIdentityToken() {
        try {
          return await this.identityProvider.getToken();
        } catch (err) {
          throw new error_1.InternalError({
            code: "IDENTITY_TOKEN_READ_ERROR",
            message: "error retrieving identity token",
            cause: err
          });
        }
      }
    };
    exports.FulcioSigner = FulcioSigner2;
  }
});

// node_modules/@sigstore/sign/dist/signer/index.js
var require_signer = __commonJS({
  "node_modules/@sigstore/sign/dist/signer/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FulcioSigner = exports.DEFAULT_FULCIO_URL = void 0;
    var fulcio_1 = require_fulcio2();
    Object.defineProperty(exports, "DEFAULT_FULCIO_URL", { enumerable: true, get: function() {
      return fulcio_1.DEFAULT_FULCIO_URL;
    } });
    Object.defineProperty(exports, "FulcioSigner", { enumerable: true, get: function() {
      return fulcio_1.FulcioSigner;
    } });
  }
});

// node_modules/@sigstore/sign/dist/external/rekor.js
var require_rekor = __commonJS({
  "node_modules/@sigstore/sign/dist/external/rekor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Rekor = void 0;
    var fetch_1 = require_fetch();
    var Rekor = class {
      options;
      constructor(options) {
        this.options = options;
      }
      /**
       * Create a new entry in the Rekor log.
       * @param propsedEntry {ProposedEntry} Data to create a new entry
       * @returns {Promise<Entry>} The created entry
       */
      async createEntry(propsedEntry) {
        const { baseURL, timeout, retry } = this.options;
        const url = `${baseURL}/api/v1/log/entries`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json"
          },
          body: JSON.stringify(propsedEntry),
          timeout,
          retry
        });
        const data = await response.json();
        return entryFromResponse(data);
      }
      /**
       * Get an entry from the Rekor log.
       * @param uuid {string} The UUID of the entry to retrieve
       * @returns {Promise<Entry>} The retrieved entry
       */
      async getEntry(uuid) {
        const { baseURL, timeout, retry } = this.options;
        const url = `${baseURL}/api/v1/log/entries/${uuid}`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          method: "GET",
          headers: {
            Accept: "application/json"
          },
          timeout,
          retry
        });
        const data = await response.json();
        return entryFromResponse(data);
      }
    };
    exports.Rekor = Rekor;
    function entryFromResponse(data) {
      const entries = Object.entries(data);
      if (entries.length != 1) {
        throw new Error("Received multiple entries in Rekor response");
      }
      const [uuid, entry] = entries[0];
      return {
        ...entry,
        uuid
      };
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js
var require_verifier = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Signature = exports.Verifier = exports.PublicKey = void 0;
    var sigstore_common_1 = require_sigstore_common();
    exports.PublicKey = {
      fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
      },
      toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
          obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
      }
    };
    exports.Verifier = {
      fromJSON(object) {
        return {
          verifier: isSet(object.publicKey) ? { $case: "publicKey", publicKey: exports.PublicKey.fromJSON(object.publicKey) } : isSet(object.x509Certificate) ? { $case: "x509Certificate", x509Certificate: sigstore_common_1.X509Certificate.fromJSON(object.x509Certificate) } : void 0,
          keyDetails: isSet(object.keyDetails) ? (0, sigstore_common_1.publicKeyDetailsFromJSON)(object.keyDetails) : 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.verifier?.$case === "publicKey") {
          obj.publicKey = exports.PublicKey.toJSON(message.verifier.publicKey);
        } else if (message.verifier?.$case === "x509Certificate") {
          obj.x509Certificate = sigstore_common_1.X509Certificate.toJSON(message.verifier.x509Certificate);
        }
        if (message.keyDetails !== 0) {
          obj.keyDetails = (0, sigstore_common_1.publicKeyDetailsToJSON)(message.keyDetails);
        }
        return obj;
      }
    };
    exports.Signature = {
      fromJSON(object) {
        return {
          content: isSet(object.content) ? Buffer.from(bytesFromBase64(object.content)) : Buffer.alloc(0),
          verifier: isSet(object.verifier) ? exports.Verifier.fromJSON(object.verifier) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.content.length !== 0) {
          obj.content = base64FromBytes(message.content);
        }
        if (message.verifier !== void 0) {
          obj.verifier = exports.Verifier.toJSON(message.verifier);
        }
        return obj;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js
var require_dsse3 = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSELogEntryV002 = exports.DSSERequestV002 = void 0;
    var envelope_1 = require_envelope();
    var sigstore_common_1 = require_sigstore_common();
    var verifier_1 = require_verifier();
    exports.DSSERequestV002 = {
      fromJSON(object) {
        return {
          envelope: isSet(object.envelope) ? envelope_1.Envelope.fromJSON(object.envelope) : void 0,
          verifiers: globalThis.Array.isArray(object?.verifiers) ? object.verifiers.map((e) => verifier_1.Verifier.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.envelope !== void 0) {
          obj.envelope = envelope_1.Envelope.toJSON(message.envelope);
        }
        if (message.verifiers?.length) {
          obj.verifiers = message.verifiers.map((e) => verifier_1.Verifier.toJSON(e));
        }
        return obj;
      }
    };
    exports.DSSELogEntryV002 = {
      fromJSON(object) {
        return {
          payloadHash: isSet(object.payloadHash) ? sigstore_common_1.HashOutput.fromJSON(object.payloadHash) : void 0,
          signatures: globalThis.Array.isArray(object?.signatures) ? object.signatures.map((e) => verifier_1.Signature.fromJSON(e)) : []
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.payloadHash !== void 0) {
          obj.payloadHash = sigstore_common_1.HashOutput.toJSON(message.payloadHash);
        }
        if (message.signatures?.length) {
          obj.signatures = message.signatures.map((e) => verifier_1.Signature.toJSON(e));
        }
        return obj;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js
var require_hashedrekord = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HashedRekordLogEntryV002 = exports.HashedRekordRequestV002 = void 0;
    var sigstore_common_1 = require_sigstore_common();
    var verifier_1 = require_verifier();
    exports.HashedRekordRequestV002 = {
      fromJSON(object) {
        return {
          digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
          signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.digest.length !== 0) {
          obj.digest = base64FromBytes(message.digest);
        }
        if (message.signature !== void 0) {
          obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
      }
    };
    exports.HashedRekordLogEntryV002 = {
      fromJSON(object) {
        return {
          data: isSet(object.data) ? sigstore_common_1.HashOutput.fromJSON(object.data) : void 0,
          signature: isSet(object.signature) ? verifier_1.Signature.fromJSON(object.signature) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.data !== void 0) {
          obj.data = sigstore_common_1.HashOutput.toJSON(message.data);
        }
        if (message.signature !== void 0) {
          obj.signature = verifier_1.Signature.toJSON(message.signature);
        }
        return obj;
      }
    };
    function bytesFromBase64(b64) {
      return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
    }
    function base64FromBytes(arr) {
      return globalThis.Buffer.from(arr).toString("base64");
    }
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js
var require_entry = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/__generated__/rekor/v2/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CreateEntryRequest = exports.Spec = exports.Entry = void 0;
    var dsse_1 = require_dsse3();
    var hashedrekord_1 = require_hashedrekord();
    exports.Entry = {
      fromJSON(object) {
        return {
          kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
          apiVersion: isSet(object.apiVersion) ? globalThis.String(object.apiVersion) : "",
          spec: isSet(object.spec) ? exports.Spec.fromJSON(object.spec) : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
          obj.kind = message.kind;
        }
        if (message.apiVersion !== "") {
          obj.apiVersion = message.apiVersion;
        }
        if (message.spec !== void 0) {
          obj.spec = exports.Spec.toJSON(message.spec);
        }
        return obj;
      }
    };
    exports.Spec = {
      fromJSON(object) {
        return {
          spec: isSet(object.hashedRekordV002) ? { $case: "hashedRekordV002", hashedRekordV002: hashedrekord_1.HashedRekordLogEntryV002.fromJSON(object.hashedRekordV002) } : isSet(object.dsseV002) ? { $case: "dsseV002", dsseV002: dsse_1.DSSELogEntryV002.fromJSON(object.dsseV002) } : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordV002") {
          obj.hashedRekordV002 = hashedrekord_1.HashedRekordLogEntryV002.toJSON(message.spec.hashedRekordV002);
        } else if (message.spec?.$case === "dsseV002") {
          obj.dsseV002 = dsse_1.DSSELogEntryV002.toJSON(message.spec.dsseV002);
        }
        return obj;
      }
    };
    exports.CreateEntryRequest = {
      fromJSON(object) {
        return {
          spec: isSet(object.hashedRekordRequestV002) ? {
            $case: "hashedRekordRequestV002",
            hashedRekordRequestV002: hashedrekord_1.HashedRekordRequestV002.fromJSON(object.hashedRekordRequestV002)
          } : isSet(object.dsseRequestV002) ? { $case: "dsseRequestV002", dsseRequestV002: dsse_1.DSSERequestV002.fromJSON(object.dsseRequestV002) } : void 0
        };
      },
      toJSON(message) {
        const obj = {};
        if (message.spec?.$case === "hashedRekordRequestV002") {
          obj.hashedRekordRequestV002 = hashedrekord_1.HashedRekordRequestV002.toJSON(message.spec.hashedRekordRequestV002);
        } else if (message.spec?.$case === "dsseRequestV002") {
          obj.dsseRequestV002 = dsse_1.DSSERequestV002.toJSON(message.spec.dsseRequestV002);
        }
        return obj;
      }
    };
    function isSet(value) {
      return value !== null && value !== void 0;
    }
  }
});

// node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var require_v2 = __commonJS({
  "node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_dsse3(), exports);
    __exportStar(require_entry(), exports);
    __exportStar(require_hashedrekord(), exports);
    __exportStar(require_verifier(), exports);
  }
});

// node_modules/@sigstore/sign/dist/external/rekor-v2.js
var require_rekor_v2 = __commonJS({
  "node_modules/@sigstore/sign/dist/external/rekor-v2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RekorV2 = void 0;
    var fetch_1 = require_fetch();
    var protobuf_specs_1 = require_dist();
    var v2_1 = require_v2();
    var RekorV2 = class {
      options;
      constructor(options) {
        this.options = options;
      }
      async createEntry(proposedEntry) {
        const { baseURL, timeout, retry } = this.options;
        const url = `${baseURL}/api/v2/log/entries`;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json",
            Accept: "application/json"
          },
          body: JSON.stringify(v2_1.CreateEntryRequest.toJSON(proposedEntry)),
          timeout,
          retry
        });
        return response.json().then((data) => protobuf_specs_1.TransparencyLogEntry.fromJSON(data));
      }
    };
    exports.RekorV2 = RekorV2;
  }
});

// node_modules/@sigstore/sign/dist/witness/tlog/client.js
var require_client = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tlog/client.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TLogV2Client = exports.TLogClient = void 0;
    var error_1 = require_error5();
    var error_2 = require_error4();
    var rekor_1 = require_rekor();
    var rekor_v2_1 = require_rekor_v2();
    var TLogClient = class {
      rekor;
      fetchOnConflict;
      constructor(options) {
        this.fetchOnConflict = options.fetchOnConflict ?? false;
        this.rekor = new rekor_1.Rekor({
          baseURL: options.rekorBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createEntry(proposedEntry) {
        let entry;
        try {
          entry = await this.rekor.createEntry(proposedEntry);
        } catch (err) {
          if (entryExistsError(err) && this.fetchOnConflict) {
            const uuid = err.location.split("/").pop() || "";
            try {
              entry = await this.rekor.getEntry(uuid);
            } catch (err2) {
              (0, error_1.internalError)(err2, "TLOG_FETCH_ENTRY_ERROR", "error fetching tlog entry");
            }
          } else {
            (0, error_1.internalError)(err, "TLOG_CREATE_ENTRY_ERROR", "error creating tlog entry");
          }
        }
        return entry;
      }
    };
    exports.TLogClient = TLogClient;
    function entryExistsError(value) {
      return value instanceof error_2.HTTPError && value.statusCode === 409 && value.location !== void 0;
    }
    var TLogV2Client = class {
      rekor;
      constructor(options) {
        this.rekor = new rekor_v2_1.RekorV2({
          baseURL: options.rekorBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createEntry(createEntryRequest) {
        let entry;
        try {
          entry = await this.rekor.createEntry(createEntryRequest);
        } catch (err) {
          (0, error_1.internalError)(err, "TLOG_CREATE_ENTRY_ERROR", "error creating tlog entry");
        }
        if (entry.logId === void 0 || entry.kindVersion === void 0) {
          (0, error_1.internalError)(new Error("invalid tlog entry"), "TLOG_CREATE_ENTRY_ERROR", "error creating tlog entry");
        }
        return {
          ...entry,
          logId: entry.logId,
          kindVersion: entry.kindVersion
        };
      }
    };
    exports.TLogV2Client = TLogV2Client;
  }
});

// node_modules/@sigstore/sign/dist/witness/tlog/entry.js
var require_entry2 = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tlog/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toProposedEntry = toProposedEntry;
    exports.toCreateEntryRequest = toCreateEntryRequest;
    var bundle_1 = require_dist2();
    var protobuf_specs_1 = require_dist();
    var util_1 = require_util();
    var SHA256_ALGORITHM = "sha256";
    function toProposedEntry(content, publicKey2, entryType = "dsse") {
      switch (content.$case) {
        case "dsseEnvelope":
          if (entryType === "intoto") {
            return toProposedIntotoEntry(content.dsseEnvelope, publicKey2);
          }
          return toProposedDSSEEntry(content.dsseEnvelope, publicKey2);
        case "messageSignature":
          return toProposedHashedRekordEntry(content.messageSignature, publicKey2);
      }
    }
    function toProposedHashedRekordEntry(messageSignature, publicKey2) {
      const hexDigest = messageSignature.messageDigest.digest.toString("hex");
      const b64Signature = messageSignature.signature.toString("base64");
      const b64Key = util_1.encoding.base64Encode(publicKey2);
      return {
        apiVersion: "0.0.1",
        kind: "hashedrekord",
        spec: {
          data: {
            hash: {
              algorithm: SHA256_ALGORITHM,
              value: hexDigest
            }
          },
          signature: {
            content: b64Signature,
            publicKey: {
              content: b64Key
            }
          }
        }
      };
    }
    function toProposedDSSEEntry(envelope, publicKey2) {
      const envelopeJSON = JSON.stringify((0, bundle_1.envelopeToJSON)(envelope));
      const encodedKey = util_1.encoding.base64Encode(publicKey2);
      return {
        apiVersion: "0.0.1",
        kind: "dsse",
        spec: {
          proposedContent: {
            envelope: envelopeJSON,
            verifiers: [encodedKey]
          }
        }
      };
    }
    function toProposedIntotoEntry(envelope, publicKey2) {
      const payloadHash = util_1.crypto.digest(SHA256_ALGORITHM, envelope.payload).toString("hex");
      const envelopeHash = calculateDSSEHash(envelope, publicKey2);
      const payload = util_1.encoding.base64Encode(envelope.payload.toString("base64"));
      const sig = util_1.encoding.base64Encode(envelope.signatures[0].sig.toString("base64"));
      const keyid = envelope.signatures[0].keyid;
      const encodedKey = util_1.encoding.base64Encode(publicKey2);
      const dsse = {
        payloadType: envelope.payloadType,
        payload,
        signatures: [{ sig, publicKey: encodedKey }]
      };
      if (keyid.length > 0) {
        dsse.signatures[0].keyid = keyid;
      }
      return {
        apiVersion: "0.0.2",
        kind: "intoto",
        spec: {
          content: {
            envelope: dsse,
            hash: { algorithm: SHA256_ALGORITHM, value: envelopeHash },
            payloadHash: { algorithm: SHA256_ALGORITHM, value: payloadHash }
          }
        }
      };
    }
    function calculateDSSEHash(envelope, publicKey2) {
      const dsse = {
        payloadType: envelope.payloadType,
        payload: envelope.payload.toString("base64"),
        signatures: [
          { sig: envelope.signatures[0].sig.toString("base64"), publicKey: publicKey2 }
        ]
      };
      if (envelope.signatures[0].keyid.length > 0) {
        dsse.signatures[0].keyid = envelope.signatures[0].keyid;
      }
      return util_1.crypto.digest(SHA256_ALGORITHM, util_1.json.canonicalize(dsse)).toString("hex");
    }
    function toCreateEntryRequest(content, publicKey2) {
      switch (content.$case) {
        case "dsseEnvelope":
          return toCreateEntryRequestDSSE(content.dsseEnvelope, publicKey2);
        case "messageSignature":
          return toCreateEntryRequestMessageSignature(content.messageSignature, publicKey2);
      }
    }
    function toCreateEntryRequestDSSE(envelope, publicKey2) {
      return {
        spec: {
          $case: "dsseRequestV002",
          dsseRequestV002: {
            envelope,
            verifiers: [
              {
                // TODO: We need to add support of passing the key details in the
                // signature bundle. For now we're hardcoding the key details here.
                keyDetails: protobuf_specs_1.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
                verifier: {
                  $case: "x509Certificate",
                  x509Certificate: {
                    rawBytes: util_1.pem.toDER(publicKey2)
                  }
                }
              }
            ]
          }
        }
      };
    }
    function toCreateEntryRequestMessageSignature(messageSignature, publicKey2) {
      return {
        spec: {
          $case: "hashedRekordRequestV002",
          hashedRekordRequestV002: {
            digest: messageSignature.messageDigest.digest,
            signature: {
              content: messageSignature.signature,
              verifier: {
                // TODO: We need to add support of passing the key details in the
                // signature bundle. For now we're hardcoding the key details here.
                keyDetails: protobuf_specs_1.PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
                verifier: {
                  $case: "x509Certificate",
                  x509Certificate: {
                    rawBytes: util_1.pem.toDER(publicKey2)
                  }
                }
              }
            }
          }
        }
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/witness/tlog/index.js
var require_tlog = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.RekorWitness = exports.DEFAULT_REKOR_URL = void 0;
    var util_1 = require_util();
    var client_1 = require_client();
    var entry_1 = require_entry2();
    exports.DEFAULT_REKOR_URL = "https://rekor.sigstore.dev";
    var RekorWitness2 = class {
      tlogV1;
      tlogV2;
      entryType;
      majorApiVersion;
      constructor(options) {
        this.entryType = options.entryType;
        this.majorApiVersion = options.majorApiVersion || 1;
        this.tlogV1 = new client_1.TLogClient({
          ...options,
          rekorBaseURL: options.rekorBaseURL || /* istanbul ignore next */
          exports.DEFAULT_REKOR_URL
        });
        this.tlogV2 = new client_1.TLogV2Client({
          ...options,
          rekorBaseURL: options.rekorBaseURL || /* istanbul ignore next */
          exports.DEFAULT_REKOR_URL
        });
      }
      async testify(content, publicKey2) {
        let tlogEntry;
        if (this.majorApiVersion === 2) {
          const request = (0, entry_1.toCreateEntryRequest)(content, publicKey2);
          tlogEntry = await this.tlogV2.createEntry(request);
        } else {
          const proposedEntry = (0, entry_1.toProposedEntry)(content, publicKey2, this.entryType);
          const entry = await this.tlogV1.createEntry(proposedEntry);
          tlogEntry = toTransparencyLogEntry(entry);
        }
        return { tlogEntries: [tlogEntry] };
      }
    };
    exports.RekorWitness = RekorWitness2;
    function toTransparencyLogEntry(entry) {
      const logID = Buffer.from(entry.logID, "hex");
      const bodyJSON = util_1.encoding.base64Decode(entry.body);
      const entryBody = JSON.parse(bodyJSON);
      const promise = entry?.verification?.signedEntryTimestamp ? inclusionPromise(entry.verification.signedEntryTimestamp) : void 0;
      const proof = entry?.verification?.inclusionProof ? inclusionProof(entry.verification.inclusionProof) : void 0;
      const tlogEntry = {
        logIndex: entry.logIndex.toString(),
        logId: {
          keyId: logID
        },
        integratedTime: entry.integratedTime.toString(),
        kindVersion: {
          kind: entryBody.kind,
          version: entryBody.apiVersion
        },
        inclusionPromise: promise,
        inclusionProof: proof,
        canonicalizedBody: Buffer.from(entry.body, "base64")
      };
      return tlogEntry;
    }
    function inclusionPromise(promise) {
      return {
        signedEntryTimestamp: Buffer.from(promise, "base64")
      };
    }
    function inclusionProof(proof) {
      return {
        logIndex: proof.logIndex.toString(),
        treeSize: proof.treeSize.toString(),
        rootHash: Buffer.from(proof.rootHash, "hex"),
        hashes: proof.hashes.map((h) => Buffer.from(h, "hex")),
        checkpoint: {
          envelope: proof.checkpoint
        }
      };
    }
  }
});

// node_modules/@sigstore/sign/dist/external/tsa.js
var require_tsa = __commonJS({
  "node_modules/@sigstore/sign/dist/external/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TimestampAuthority = void 0;
    var fetch_1 = require_fetch();
    var TimestampAuthority = class {
      options;
      constructor(options) {
        this.options = options;
      }
      async createTimestamp(request) {
        const { baseURL, timeout, retry } = this.options;
        const url = new URL(baseURL).pathname === "/" ? `${baseURL}/api/v1/timestamp` : baseURL;
        const response = await (0, fetch_1.fetchWithRetry)(url, {
          headers: {
            "Content-Type": "application/json"
          },
          body: JSON.stringify(request),
          timeout,
          retry
        });
        return response.buffer();
      }
    };
    exports.TimestampAuthority = TimestampAuthority;
  }
});

// node_modules/@sigstore/sign/dist/witness/tsa/client.js
var require_client2 = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tsa/client.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAClient = void 0;
    var error_1 = require_error5();
    var tsa_1 = require_tsa();
    var util_1 = require_util();
    var SHA256_ALGORITHM = "sha256";
    var TSAClient = class {
      tsa;
      constructor(options) {
        this.tsa = new tsa_1.TimestampAuthority({
          baseURL: options.tsaBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async createTimestamp(signature) {
        const request = {
          artifactHash: util_1.crypto.digest(SHA256_ALGORITHM, signature).toString("base64"),
          hashAlgorithm: SHA256_ALGORITHM
        };
        try {
          return await this.tsa.createTimestamp(request);
        } catch (err) {
          (0, error_1.internalError)(err, "TSA_CREATE_TIMESTAMP_ERROR", "error creating timestamp");
        }
      }
    };
    exports.TSAClient = TSAClient;
  }
});

// node_modules/@sigstore/sign/dist/witness/tsa/index.js
var require_tsa2 = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/tsa/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAWitness = void 0;
    var client_1 = require_client2();
    var TSAWitness2 = class {
      tsa;
      constructor(options) {
        this.tsa = new client_1.TSAClient({
          tsaBaseURL: options.tsaBaseURL,
          retry: options.retry,
          timeout: options.timeout
        });
      }
      async testify(content) {
        const signature = extractSignature(content);
        const timestamp = await this.tsa.createTimestamp(signature);
        return {
          rfc3161Timestamps: [{ signedTimestamp: timestamp }]
        };
      }
    };
    exports.TSAWitness = TSAWitness2;
    function extractSignature(content) {
      switch (content.$case) {
        case "dsseEnvelope":
          return content.dsseEnvelope.signatures[0].sig;
        case "messageSignature":
          return content.messageSignature.signature;
      }
    }
  }
});

// node_modules/@sigstore/sign/dist/witness/index.js
var require_witness = __commonJS({
  "node_modules/@sigstore/sign/dist/witness/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAWitness = exports.RekorWitness = exports.DEFAULT_REKOR_URL = void 0;
    var tlog_1 = require_tlog();
    Object.defineProperty(exports, "DEFAULT_REKOR_URL", { enumerable: true, get: function() {
      return tlog_1.DEFAULT_REKOR_URL;
    } });
    Object.defineProperty(exports, "RekorWitness", { enumerable: true, get: function() {
      return tlog_1.RekorWitness;
    } });
    var tsa_1 = require_tsa2();
    Object.defineProperty(exports, "TSAWitness", { enumerable: true, get: function() {
      return tsa_1.TSAWitness;
    } });
  }
});

// node_modules/@sigstore/sign/dist/config.js
var require_config = __commonJS({
  "node_modules/@sigstore/sign/dist/config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.bundleBuilderFromSigningConfig = bundleBuilderFromSigningConfig;
    var protobuf_specs_1 = require_dist();
    var dsse_1 = require_dsse2();
    var message_1 = require_message();
    var signer_1 = require_signer();
    var witness_1 = require_witness();
    var MAX_CA_API_VERSION = 1;
    var MAX_TLOG_API_VERSION = 2;
    var MAX_TSA_API_VERSION = 1;
    var DEFAULT_TIMEOUT = 5e3;
    var DEFAULT_REKORV2_TIMEOUT = 2e4;
    var DEFAULT_RETRY = { retries: 2 };
    function bundleBuilderFromSigningConfig(options) {
      const { signingConfig, identityProvider, bundleType } = options;
      const fetchOptions = options.fetchOptions || {
        timeout: DEFAULT_TIMEOUT,
        retry: DEFAULT_RETRY
      };
      const signer = fulcioSignerFromConfig(signingConfig, identityProvider, fetchOptions);
      const witnesses = witnessesFromConfig(signingConfig, fetchOptions);
      switch (bundleType) {
        case "messageSignature":
          return new message_1.MessageSignatureBundleBuilder({ signer, witnesses });
        case "dsseEnvelope":
          return new dsse_1.DSSEBundleBuilder({ signer, witnesses });
      }
    }
    function fulcioSignerFromConfig(signingConfig, identityProvider, fetchOptions) {
      const service = certAuthorityService(signingConfig);
      return new signer_1.FulcioSigner({
        fulcioBaseURL: service.url,
        identityProvider,
        timeout: fetchOptions.timeout,
        retry: fetchOptions.retry
      });
    }
    function witnessesFromConfig(signingConfig, fetchOptions) {
      const witnesses = [];
      if (signingConfig.rekorTlogConfig) {
        if (signingConfig.rekorTlogConfig.selector !== protobuf_specs_1.ServiceSelector.ANY) {
          throw new Error("Unsupported Rekor TLog selector in signing configuration");
        }
        const tlog = tlogService(signingConfig);
        witnesses.push(new witness_1.RekorWitness({
          rekorBaseURL: tlog.url,
          majorApiVersion: tlog.majorApiVersion,
          retry: fetchOptions.retry,
          timeout: (
            // Ensure Rekor V2 has at least a 20 second timeout
            tlog.majorApiVersion === 1 ? fetchOptions.timeout : Math.min(fetchOptions.timeout || /* istanbul ignore next */
            DEFAULT_TIMEOUT, DEFAULT_REKORV2_TIMEOUT)
          )
        }));
      }
      if (signingConfig.tsaConfig) {
        if (signingConfig.tsaConfig.selector !== protobuf_specs_1.ServiceSelector.ANY) {
          throw new Error("Unsupported TSA selector in signing configuration");
        }
        const tsa = tsaService(signingConfig);
        witnesses.push(new witness_1.TSAWitness({
          tsaBaseURL: tsa.url,
          retry: fetchOptions.retry,
          timeout: fetchOptions.timeout
        }));
      }
      return witnesses;
    }
    function certAuthorityService(signingConfig) {
      const compatibleCAs = filterServicesByMaxAPIVersion(signingConfig.caUrls, MAX_CA_API_VERSION);
      const sortedCAs = sortServicesByStartDate(compatibleCAs);
      if (sortedCAs.length === 0) {
        throw new Error("No valid CA services found in signing configuration");
      }
      return sortedCAs[0];
    }
    function tlogService(signingConfig) {
      const compatibleTLogs = filterServicesByMaxAPIVersion(signingConfig.rekorTlogUrls, MAX_TLOG_API_VERSION);
      const sortedTLogs = sortServicesByStartDate(compatibleTLogs);
      if (sortedTLogs.length === 0) {
        throw new Error("No valid TLogs found in signing configuration");
      }
      return sortedTLogs[0];
    }
    function tsaService(signingConfig) {
      const compatibleTSAs = filterServicesByMaxAPIVersion(signingConfig.tsaUrls, MAX_TSA_API_VERSION);
      const sortedTSAs = sortServicesByStartDate(compatibleTSAs);
      if (sortedTSAs.length === 0) {
        throw new Error("No valid TSAs found in signing configuration");
      }
      return sortedTSAs[0];
    }
    function sortServicesByStartDate(services) {
      const now = /* @__PURE__ */ new Date();
      const validServices = services.filter((service) => {
        if (!service.validFor?.end) {
          return true;
        }
        return service.validFor.end >= now;
      });
      return validServices.sort((a, b) => {
        const aStart = a.validFor?.start?.getTime() ?? 0;
        const bStart = b.validFor?.start?.getTime() ?? 0;
        return bStart - aStart;
      });
    }
    function filterServicesByMaxAPIVersion(services, apiVersion) {
      return services.filter((service) => {
        return service.majorApiVersion <= apiVersion;
      });
    }
  }
});

// node_modules/@sigstore/sign/dist/identity/ci.js
var require_ci = __commonJS({
  "node_modules/@sigstore/sign/dist/identity/ci.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CIContextProvider = void 0;
    var make_fetch_happen_1 = __importDefault(require_lib3());
    var providers = [getGHAToken, getEnv];
    var CIContextProvider = class {
      audience;
      /* istanbul ignore next */
      constructor(audience = "sigstore") {
        this.audience = audience;
      }
      // Invoke all registered ProviderFuncs and return the value of whichever one
      // resolves first.
      async getToken() {
        return Promise.any(providers.map((getToken) => getToken(this.audience))).catch(() => Promise.reject("CI: no tokens available"));
      }
    };
    exports.CIContextProvider = CIContextProvider;
    async function getGHAToken(audience) {
      if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL || !process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return Promise.reject("no token available");
      }
      const url = new URL(process.env.ACTIONS_ID_TOKEN_REQUEST_URL);
      url.searchParams.append("audience", audience);
      const response = await (0, make_fetch_happen_1.default)(url.href, {
        retry: 2,
        headers: {
          Accept: "application/json",
          Authorization: `Bearer ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`
        }
      });
      return response.json().then((data) => data.value);
    }
    async function getEnv() {
      if (!process.env.SIGSTORE_ID_TOKEN) {
        return Promise.reject("no token available");
      }
      return process.env.SIGSTORE_ID_TOKEN;
    }
  }
});

// node_modules/@sigstore/sign/dist/identity/index.js
var require_identity = __commonJS({
  "node_modules/@sigstore/sign/dist/identity/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CIContextProvider = void 0;
    var ci_1 = require_ci();
    Object.defineProperty(exports, "CIContextProvider", { enumerable: true, get: function() {
      return ci_1.CIContextProvider;
    } });
  }
});

// node_modules/@sigstore/sign/dist/index.js
var require_dist4 = __commonJS({
  "node_modules/@sigstore/sign/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TSAWitness = exports.RekorWitness = exports.DEFAULT_REKOR_URL = exports.FulcioSigner = exports.DEFAULT_FULCIO_URL = exports.CIContextProvider = exports.InternalError = exports.bundleBuilderFromSigningConfig = exports.MessageSignatureBundleBuilder = exports.DSSEBundleBuilder = void 0;
    var bundler_1 = require_bundler();
    Object.defineProperty(exports, "DSSEBundleBuilder", { enumerable: true, get: function() {
      return bundler_1.DSSEBundleBuilder;
    } });
    Object.defineProperty(exports, "MessageSignatureBundleBuilder", { enumerable: true, get: function() {
      return bundler_1.MessageSignatureBundleBuilder;
    } });
    var config_1 = require_config();
    Object.defineProperty(exports, "bundleBuilderFromSigningConfig", { enumerable: true, get: function() {
      return config_1.bundleBuilderFromSigningConfig;
    } });
    var error_1 = require_error5();
    Object.defineProperty(exports, "InternalError", { enumerable: true, get: function() {
      return error_1.InternalError;
    } });
    var identity_1 = require_identity();
    Object.defineProperty(exports, "CIContextProvider", { enumerable: true, get: function() {
      return identity_1.CIContextProvider;
    } });
    var signer_1 = require_signer();
    Object.defineProperty(exports, "DEFAULT_FULCIO_URL", { enumerable: true, get: function() {
      return signer_1.DEFAULT_FULCIO_URL;
    } });
    Object.defineProperty(exports, "FulcioSigner", { enumerable: true, get: function() {
      return signer_1.FulcioSigner;
    } });
    var witness_1 = require_witness();
    Object.defineProperty(exports, "DEFAULT_REKOR_URL", { enumerable: true, get: function() {
      return witness_1.DEFAULT_REKOR_URL;
    } });
    Object.defineProperty(exports, "RekorWitness", { enumerable: true, get: function() {
      return witness_1.RekorWitness;
    } });
    Object.defineProperty(exports, "TSAWitness", { enumerable: true, get: function() {
      return witness_1.TSAWitness;
    } });
  }
});

// node_modules/@sigstore/verify/dist/bundle/dsse.js
var require_dsse4 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSESignatureContent = void 0;
    var core_1 = require_dist3();
    var DSSESignatureContent = class {
      env;
      constructor(env) {
        this.env = env;
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, core_1.crypto.digest("sha256", this.env.payload));
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.preAuthEncoding, key, this.signature);
      }
      get signature() {
        return this.env.signatures.length > 0 ? this.env.signatures[0].sig : Buffer.from("");
      }
      // DSSE Pre-Authentication Encoding
      get preAuthEncoding() {
        return core_1.dsse.preAuthEncoding(this.env.payloadType, this.env.payload);
      }
    };
    exports.DSSESignatureContent = DSSESignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/message.js
var require_message2 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/message.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MessageSignatureContent = void 0;
    var core_1 = require_dist3();
    var protobuf_specs_1 = require_dist();
    var HASH_ALGORITHM_MAP = {
      [protobuf_specs_1.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_256]: "sha256",
      [protobuf_specs_1.HashAlgorithm.SHA2_384]: "sha384",
      [protobuf_specs_1.HashAlgorithm.SHA2_512]: "sha512",
      [protobuf_specs_1.HashAlgorithm.SHA3_256]: "sha3-256",
      [protobuf_specs_1.HashAlgorithm.SHA3_384]: "sha3-384"
    };
    var MessageSignatureContent = class {
      signature;
      messageDigest;
      artifact;
      hashAlgorithm;
      constructor(messageSignature, artifact) {
        this.signature = messageSignature.signature;
        this.messageDigest = messageSignature.messageDigest.digest;
        this.artifact = artifact;
        this.hashAlgorithm = HASH_ALGORITHM_MAP[messageSignature.messageDigest.algorithm] ?? /* istanbul ignore next */
        "sha256";
      }
      compareSignature(signature) {
        return core_1.crypto.bufferEqual(signature, this.signature);
      }
      compareDigest(digest) {
        return core_1.crypto.bufferEqual(digest, this.messageDigest);
      }
      verifySignature(key) {
        return core_1.crypto.verify(this.artifact, key, this.signature, this.hashAlgorithm);
      }
    };
    exports.MessageSignatureContent = MessageSignatureContent;
  }
});

// node_modules/@sigstore/verify/dist/bundle/index.js
var require_bundle3 = __commonJS({
  "node_modules/@sigstore/verify/dist/bundle/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSignedEntity = toSignedEntity4;
    exports.signatureContent = signatureContent;
    var core_1 = require_dist3();
    var dsse_1 = require_dsse4();
    var message_1 = require_message2();
    function toSignedEntity4(bundle, artifact) {
      const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
      const timestamps = [];
      for (const entry of tlogEntries) {
        if (entry.integratedTime && entry.integratedTime !== "0") {
          timestamps.push({
            $case: "transparency-log",
            tlogEntry: entry
          });
        }
      }
      for (const ts of timestampVerificationData?.rfc3161Timestamps ?? []) {
        timestamps.push({
          $case: "timestamp-authority",
          timestamp: core_1.RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp))
        });
      }
      return {
        signature: signatureContent(bundle, artifact),
        key: key(bundle),
        tlogEntries,
        timestamps
      };
    }
    function signatureContent(bundle, artifact) {
      switch (bundle.content.$case) {
        case "dsseEnvelope":
          return new dsse_1.DSSESignatureContent(bundle.content.dsseEnvelope);
        case "messageSignature":
          return new message_1.MessageSignatureContent(bundle.content.messageSignature, artifact);
      }
    }
    function key(bundle) {
      switch (bundle.verificationMaterial.content.$case) {
        case "publicKey":
          return {
            $case: "public-key",
            hint: bundle.verificationMaterial.content.publicKey.hint
          };
        case "x509CertificateChain":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.x509CertificateChain.certificates[0].rawBytes))
          };
        case "certificate":
          return {
            $case: "certificate",
            certificate: core_1.X509Certificate.parse(Buffer.from(bundle.verificationMaterial.content.certificate.rawBytes))
          };
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/error.js
var require_error6 = __commonJS({
  "node_modules/@sigstore/verify/dist/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PolicyError = exports.VerificationError = void 0;
    var BaseError = class extends Error {
      code;
      cause;
      /* eslint-disable-line @typescript-eslint/no-explicit-any */
      constructor({ code, message, cause }) {
        super(message);
        this.code = code;
        this.cause = cause;
        this.name = this.constructor.name;
      }
    };
    var VerificationError = class extends BaseError {
    };
    exports.VerificationError = VerificationError;
    var PolicyError = class extends BaseError {
    };
    exports.PolicyError = PolicyError;
  }
});

// node_modules/@sigstore/verify/dist/trust/filter.js
var require_filter = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/filter.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterCertAuthorities = filterCertAuthorities;
    exports.filterTLogAuthorities = filterTLogAuthorities;
    function filterCertAuthorities(certAuthorities, timestamp) {
      return certAuthorities.filter((ca) => {
        return ca.validFor.start <= timestamp && ca.validFor.end >= timestamp;
      });
    }
    function filterTLogAuthorities(tlogAuthorities, criteria) {
      return tlogAuthorities.filter((tlog) => {
        if (criteria.logID && !tlog.logID.equals(criteria.logID)) {
          return false;
        }
        return tlog.validFor.start <= criteria.targetDate && criteria.targetDate <= tlog.validFor.end;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/trust/index.js
var require_trust = __commonJS({
  "node_modules/@sigstore/verify/dist/trust/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.filterTLogAuthorities = exports.filterCertAuthorities = void 0;
    exports.toTrustMaterial = toTrustMaterial4;
    var core_1 = require_dist3();
    var protobuf_specs_1 = require_dist();
    var error_1 = require_error6();
    var BEGINNING_OF_TIME = /* @__PURE__ */ new Date(0);
    var END_OF_TIME = /* @__PURE__ */ new Date(864e13);
    var filter_1 = require_filter();
    Object.defineProperty(exports, "filterCertAuthorities", { enumerable: true, get: function() {
      return filter_1.filterCertAuthorities;
    } });
    Object.defineProperty(exports, "filterTLogAuthorities", { enumerable: true, get: function() {
      return filter_1.filterTLogAuthorities;
    } });
    function toTrustMaterial4(root, keys) {
      const keyFinder = typeof keys === "function" ? keys : keyLocator(keys);
      return {
        certificateAuthorities: root.certificateAuthorities.map(createCertAuthority),
        timestampAuthorities: root.timestampAuthorities.map(createCertAuthority),
        tlogs: root.tlogs.map(createTLogAuthority),
        ctlogs: root.ctlogs.map(createTLogAuthority),
        publicKey: keyFinder
      };
    }
    function createTLogAuthority(tlogInstance) {
      const keyDetails = tlogInstance.publicKey.keyDetails;
      const keyType = keyDetails === protobuf_specs_1.PublicKeyDetails.PKCS1_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V5 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256 || keyDetails === protobuf_specs_1.PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256 ? "pkcs1" : "spki";
      return {
        baseURL: tlogInstance.baseUrl,
        logID: tlogInstance.checkpointKeyId ? tlogInstance.checkpointKeyId.keyId : tlogInstance.logId.keyId,
        publicKey: core_1.crypto.createPublicKey(tlogInstance.publicKey.rawBytes, keyType),
        validFor: {
          start: tlogInstance.publicKey.validFor?.start || BEGINNING_OF_TIME,
          end: tlogInstance.publicKey.validFor?.end || END_OF_TIME
        }
      };
    }
    function createCertAuthority(ca) {
      return {
        certChain: ca.certChain.certificates.map((cert) => {
          return core_1.X509Certificate.parse(Buffer.from(cert.rawBytes));
        }),
        validFor: {
          start: ca.validFor?.start || BEGINNING_OF_TIME,
          end: ca.validFor?.end || END_OF_TIME
        }
      };
    }
    function keyLocator(keys) {
      return (hint) => {
        const key = (keys || {})[hint];
        if (!key) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `key not found: ${hint}`
          });
        }
        return {
          publicKey: core_1.crypto.createPublicKey(key.rawBytes),
          validFor: (date) => {
            return (key.validFor?.start || BEGINNING_OF_TIME) <= date && (key.validFor?.end || END_OF_TIME) >= date;
          }
        };
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/key/certificate.js
var require_certificate = __commonJS({
  "node_modules/@sigstore/verify/dist/key/certificate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CertificateChainVerifier = void 0;
    exports.verifyCertificateChain = verifyCertificateChain;
    var error_1 = require_error6();
    var trust_1 = require_trust();
    function verifyCertificateChain(timestamp, leaf, certificateAuthorities) {
      const cas = (0, trust_1.filterCertAuthorities)(certificateAuthorities, timestamp);
      let error;
      for (const ca of cas) {
        try {
          const verifier = new CertificateChainVerifier({
            trustedCerts: ca.certChain,
            untrustedCert: leaf,
            timestamp
          });
          return verifier.verify();
        } catch (err) {
          error = err;
        }
      }
      throw new error_1.VerificationError({
        code: "CERTIFICATE_ERROR",
        message: "Failed to verify certificate chain",
        cause: error
      });
    }
    var CertificateChainVerifier = class {
      untrustedCert;
      trustedCerts;
      localCerts;
      timestamp;
      constructor(opts) {
        this.untrustedCert = opts.untrustedCert;
        this.trustedCerts = opts.trustedCerts;
        this.localCerts = dedupeCertificates([
          ...opts.trustedCerts,
          opts.untrustedCert
        ]);
        this.timestamp = opts.timestamp;
      }
      verify() {
        const certificatePath = this.sort();
        this.checkPath(certificatePath);
        const validForDate = certificatePath.every((cert) => cert.validForDate(this.timestamp));
        if (!validForDate) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate is not valid or expired at the specified date"
          });
        }
        return certificatePath;
      }
      sort() {
        const leafCert = this.untrustedCert;
        let paths = this.buildPaths(leafCert);
        paths = paths.filter((path2) => path2.some((cert) => this.trustedCerts.includes(cert)));
        if (paths.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no trusted certificate path found"
          });
        }
        const path = paths.reduce((prev, curr) => prev.length < curr.length ? prev : curr);
        return [leafCert, ...path].slice(0, -1);
      }
      // Recursively build all possible paths from the leaf to the root
      buildPaths(certificate) {
        const paths = [];
        const issuers = this.findIssuer(certificate);
        if (issuers.length === 0) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "no valid certificate path found"
          });
        }
        for (let i = 0; i < issuers.length; i++) {
          const issuer = issuers[i];
          if (issuer.equals(certificate)) {
            paths.push([certificate]);
            continue;
          }
          const subPaths = this.buildPaths(issuer);
          for (let j = 0; j < subPaths.length; j++) {
            paths.push([issuer, ...subPaths[j]]);
          }
        }
        return paths;
      }
      // Return all possible issuers for the given certificate
      findIssuer(certificate) {
        let issuers = [];
        let keyIdentifier;
        if (certificate.subject.equals(certificate.issuer)) {
          if (certificate.verify()) {
            return [certificate];
          }
        }
        if (certificate.extAuthorityKeyID) {
          keyIdentifier = certificate.extAuthorityKeyID.keyIdentifier;
        }
        this.localCerts.forEach((possibleIssuer) => {
          if (keyIdentifier) {
            if (possibleIssuer.extSubjectKeyID) {
              if (possibleIssuer.extSubjectKeyID.keyIdentifier.equals(keyIdentifier)) {
                issuers.push(possibleIssuer);
              }
              return;
            }
          }
          if (possibleIssuer.subject.equals(certificate.issuer)) {
            issuers.push(possibleIssuer);
          }
        });
        issuers = issuers.filter((issuer) => {
          try {
            return certificate.verify(issuer);
          } catch (ex) {
            return false;
          }
        });
        return issuers;
      }
      checkPath(path) {
        if (path.length < 1) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "certificate chain must contain at least one certificate"
          });
        }
        const validCAs = path.slice(1).every((cert) => cert.isCA);
        if (!validCAs) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "intermediate certificate is not a CA"
          });
        }
        for (let i = path.length - 2; i >= 0; i--) {
          if (!path[i].issuer.equals(path[i + 1].subject)) {
            throw new error_1.VerificationError({
              code: "CERTIFICATE_ERROR",
              message: "incorrect certificate name chaining"
            });
          }
        }
        for (let i = 0; i < path.length; i++) {
          const cert = path[i];
          if (cert.extBasicConstraints?.isCA) {
            const pathLength = cert.extBasicConstraints.pathLenConstraint;
            if (pathLength !== void 0 && pathLength < i - 1) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "path length constraint exceeded"
              });
            }
          }
        }
      }
    };
    exports.CertificateChainVerifier = CertificateChainVerifier;
    function dedupeCertificates(certs) {
      for (let i = 0; i < certs.length; i++) {
        for (let j = i + 1; j < certs.length; j++) {
          if (certs[i].equals(certs[j])) {
            certs.splice(j, 1);
            j--;
          }
        }
      }
      return certs;
    }
  }
});

// node_modules/@sigstore/verify/dist/key/sct.js
var require_sct2 = __commonJS({
  "node_modules/@sigstore/verify/dist/key/sct.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySCTs = verifySCTs;
    var core_1 = require_dist3();
    var error_1 = require_error6();
    var trust_1 = require_trust();
    function verifySCTs(cert, issuer, ctlogs) {
      let extSCT;
      const clone = cert.clone();
      for (let i = 0; i < clone.extensions.length; i++) {
        const ext = clone.extensions[i];
        if (ext.subs[0].toOID() === core_1.EXTENSION_OID_SCT) {
          extSCT = new core_1.X509SCTExtension(ext);
          clone.extensions.splice(i, 1);
          break;
        }
      }
      if (!extSCT) {
        return [];
      }
      if (extSCT.signedCertificateTimestamps.length === 0) {
        return [];
      }
      const preCert = new core_1.ByteStream();
      const issuerId = core_1.crypto.digest("sha256", issuer.publicKey);
      preCert.appendView(issuerId);
      const tbs = clone.tbsCertificate.toDER();
      preCert.appendUint24(tbs.length);
      preCert.appendView(tbs);
      return extSCT.signedCertificateTimestamps.map((sct) => {
        const validCTLogs = (0, trust_1.filterTLogAuthorities)(ctlogs, {
          logID: sct.logID,
          targetDate: sct.datetime
        });
        const verified = validCTLogs.some((log) => sct.verify(preCert.buffer, log.publicKey));
        if (!verified) {
          throw new error_1.VerificationError({
            code: "CERTIFICATE_ERROR",
            message: "SCT verification failed"
          });
        }
        return sct.logID;
      });
    }
  }
});

// node_modules/@sigstore/verify/dist/key/index.js
var require_key = __commonJS({
  "node_modules/@sigstore/verify/dist/key/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyPublicKey = verifyPublicKey;
    exports.verifyCertificate = verifyCertificate;
    var core_1 = require_dist3();
    var error_1 = require_error6();
    var certificate_1 = require_certificate();
    var sct_1 = require_sct2();
    var OID_FULCIO_ISSUER_V1 = "1.3.6.1.4.1.57264.1.1";
    var OID_FULCIO_ISSUER_V2 = "1.3.6.1.4.1.57264.1.8";
    function verifyPublicKey(hint, timestamps, trustMaterial) {
      const key = trustMaterial.publicKey(hint);
      timestamps.forEach((timestamp) => {
        if (!key.validFor(timestamp)) {
          throw new error_1.VerificationError({
            code: "PUBLIC_KEY_ERROR",
            message: `Public key is not valid for timestamp: ${timestamp.toISOString()}`
          });
        }
      });
      return { key: key.publicKey };
    }
    function verifyCertificate(leaf, timestamps, trustMaterial) {
      let path = [];
      timestamps.forEach((timestamp) => {
        path = (0, certificate_1.verifyCertificateChain)(timestamp, leaf, trustMaterial.certificateAuthorities);
      });
      return {
        scts: (0, sct_1.verifySCTs)(path[0], path[1], trustMaterial.ctlogs),
        signer: getSigner(path[0])
      };
    }
    function getSigner(cert) {
      let issuer;
      const issuerExtension = cert.extension(OID_FULCIO_ISSUER_V2);
      if (issuerExtension) {
        issuer = issuerExtension.valueObj.subs?.[0]?.value.toString("ascii");
      } else {
        issuer = cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString("ascii");
      }
      const oids = cert.extensions.map((ext) => {
        const oid = ext.subs[0].toOID();
        return {
          oid: { id: oid.split(".").map(Number) },
          value: ext.subs[ext.subs.length - 1].value
        };
      });
      const identity = {
        extensions: { issuer },
        subjectAlternativeName: cert.subjectAltName,
        oids
      };
      return {
        key: core_1.crypto.createPublicKey(cert.publicKey),
        identity
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/policy.js
var require_policy = __commonJS({
  "node_modules/@sigstore/verify/dist/policy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifySubjectAlternativeName = verifySubjectAlternativeName;
    exports.verifyExtensions = verifyExtensions;
    exports.verifyOIDs = verifyOIDs;
    var error_1 = require_error6();
    function verifySubjectAlternativeName(policyIdentity, signerIdentity) {
      if (signerIdentity === void 0 || !signerIdentity.match(policyIdentity)) {
        throw new error_1.PolicyError({
          code: "UNTRUSTED_SIGNER_ERROR",
          message: `certificate identity error - expected ${policyIdentity}, got ${signerIdentity}`
        });
      }
    }
    function verifyExtensions(policyExtensions2, signerExtensions = {}) {
      let key;
      for (key in policyExtensions2) {
        if (signerExtensions[key] !== policyExtensions2[key]) {
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - expected ${key}=${policyExtensions2[key]}, got ${key}=${signerExtensions[key]}`
          });
        }
      }
    }
    function verifyOIDs(policyOIDs, signerOIDs = []) {
      for (const policyOID of policyOIDs) {
        const match = signerOIDs.find((signerOID) => oidEquals(policyOID.oid?.id, signerOID.oid?.id) && policyOID.value.equals(signerOID.value));
        if (!match) {
          const oid = policyOID.oid?.id.join(".") ?? "<unknown>";
          throw new error_1.PolicyError({
            code: "UNTRUSTED_SIGNER_ERROR",
            message: `invalid certificate extension - missing OID ${oid}`
          });
        }
      }
    }
    function oidEquals(a, b) {
      if (a === void 0 || b === void 0) {
        return false;
      }
      return a.length === b.length && a.every((v, i) => v === b[i]);
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/tsa.js
var require_tsa3 = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/tsa.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyRFC3161Timestamp = verifyRFC3161Timestamp;
    var core_1 = require_dist3();
    var error_1 = require_error6();
    var certificate_1 = require_certificate();
    var trust_1 = require_trust();
    function verifyRFC3161Timestamp(timestamp, data, timestampAuthorities) {
      const signingTime = timestamp.signingTime;
      timestampAuthorities = (0, trust_1.filterCertAuthorities)(timestampAuthorities, signingTime);
      timestampAuthorities = filterCAsBySerialAndIssuer(timestampAuthorities, {
        serialNumber: timestamp.signerSerialNumber,
        issuer: timestamp.signerIssuer
      });
      const verified = timestampAuthorities.some((ca) => {
        try {
          verifyTimestampForCA(timestamp, data, ca);
          return true;
        } catch (e) {
          return false;
        }
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "timestamp could not be verified"
        });
      }
    }
    function verifyTimestampForCA(timestamp, data, ca) {
      const [leaf, ...cas] = ca.certChain;
      const signingKey = core_1.crypto.createPublicKey(leaf.publicKey);
      const signingTime = timestamp.signingTime;
      try {
        new certificate_1.CertificateChainVerifier({
          untrustedCert: leaf,
          trustedCerts: cas,
          timestamp: signingTime
        }).verify();
      } catch (e) {
        throw new error_1.VerificationError({
          code: "TIMESTAMP_ERROR",
          message: "invalid certificate chain"
        });
      }
      timestamp.verify(data, signingKey);
    }
    function filterCAsBySerialAndIssuer(timestampAuthorities, criteria) {
      return timestampAuthorities.filter((ca) => ca.certChain.length > 0 && core_1.crypto.bufferEqual(ca.certChain[0].serialNumber, criteria.serialNumber) && core_1.crypto.bufferEqual(ca.certChain[0].issuer, criteria.issuer));
    }
  }
});

// node_modules/@sigstore/verify/dist/timestamp/index.js
var require_timestamp2 = __commonJS({
  "node_modules/@sigstore/verify/dist/timestamp/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getTSATimestamp = getTSATimestamp;
    exports.getTLogTimestamp = getTLogTimestamp;
    var tsa_1 = require_tsa3();
    function getTSATimestamp(timestamp, data, timestampAuthorities) {
      (0, tsa_1.verifyRFC3161Timestamp)(timestamp, data, timestampAuthorities);
      return {
        type: "timestamp-authority",
        logID: timestamp.signerSerialNumber,
        timestamp: timestamp.signingTime
      };
    }
    function getTLogTimestamp(entry) {
      if (!entry.inclusionPromise) {
        return void 0;
      }
      return {
        type: "transparency-log",
        logID: entry.logId.keyId,
        timestamp: new Date(Number(entry.integratedTime) * 1e3)
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/dsse.js
var require_dsse5 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/dsse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DSSE_API_VERSION_V1 = void 0;
    exports.verifyDSSETLogBody = verifyDSSETLogBody;
    exports.verifyDSSETLogBodyV2 = verifyDSSETLogBodyV2;
    var error_1 = require_error6();
    exports.DSSE_API_VERSION_V1 = "0.0.1";
    function verifyDSSETLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.DSSE_API_VERSION_V1:
          return verifyDSSE001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported dsse version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyDSSETLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "dsseV002":
          return verifyDSSE002TLogBody(spec.dsseV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyDSSE001TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = tlogEntry.spec.signatures[0].signature;
      if (!content.compareSignature(Buffer.from(tlogSig, "base64")))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = tlogEntry.spec.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function verifyDSSE002TLogBody(spec, content) {
      if (spec.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = spec.signatures[0].content;
      if (!content.compareSignature(tlogSig))
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      const tlogHash = spec.payloadHash?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/hashedrekord.js
var require_hashedrekord2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/hashedrekord.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HASHEDREKORD_API_VERSION_V1 = void 0;
    exports.verifyHashedRekordTLogBody = verifyHashedRekordTLogBody;
    exports.verifyHashedRekordTLogBodyV2 = verifyHashedRekordTLogBodyV2;
    var error_1 = require_error6();
    exports.HASHEDREKORD_API_VERSION_V1 = "0.0.1";
    function verifyHashedRekordTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case exports.HASHEDREKORD_API_VERSION_V1:
          return verifyHashedrekord001TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported hashedrekord version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyHashedRekordTLogBodyV2(tlogEntry, content) {
      const spec = tlogEntry.spec?.spec;
      if (!spec) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `missing dsse spec`
        });
      }
      switch (spec.$case) {
        case "hashedRekordV002":
          return verifyHashedrekord002TLogBody(spec.hashedRekordV002, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported version: ${spec.$case}`
          });
      }
    }
    function verifyHashedrekord001TLogBody(tlogEntry, content) {
      const tlogSig = tlogEntry.spec.signature.content || "";
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogDigest = tlogEntry.spec.data.hash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogDigest, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
    function verifyHashedrekord002TLogBody(spec, content) {
      const tlogSig = spec.signature?.content || Buffer.from("");
      if (!content.compareSignature(tlogSig)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature mismatch"
        });
      }
      const tlogHash = spec.data?.digest || Buffer.from("");
      if (!content.compareDigest(tlogHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "digest mismatch"
        });
      }
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/intoto.js
var require_intoto = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/intoto.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyIntotoTLogBody = verifyIntotoTLogBody;
    var error_1 = require_error6();
    function verifyIntotoTLogBody(tlogEntry, content) {
      switch (tlogEntry.apiVersion) {
        case "0.0.2":
          return verifyIntoto002TLogBody(tlogEntry, content);
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported intoto version: ${tlogEntry.apiVersion}`
          });
      }
    }
    function verifyIntoto002TLogBody(tlogEntry, content) {
      if (tlogEntry.spec.content.envelope.signatures?.length !== 1) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "signature count mismatch"
        });
      }
      const tlogSig = base64Decode(tlogEntry.spec.content.envelope.signatures[0].sig);
      if (!content.compareSignature(Buffer.from(tlogSig, "base64"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "tlog entry signature mismatch"
        });
      }
      const tlogHash = tlogEntry.spec.content.payloadHash?.value || "";
      if (!content.compareDigest(Buffer.from(tlogHash, "hex"))) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: "DSSE payload hash mismatch"
        });
      }
    }
    function base64Decode(str2) {
      return Buffer.from(str2, "base64").toString("utf-8");
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/checkpoint.js
var require_checkpoint = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/checkpoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LogCheckpoint = void 0;
    exports.verifyCheckpoint = verifyCheckpoint;
    var core_1 = require_dist3();
    var error_1 = require_error6();
    var CHECKPOINT_SEPARATOR = "\n\n";
    var SIGNATURE_REGEX = /\u2014 (\S+) (\S+)\n/g;
    function verifyCheckpoint(entry, tlogs) {
      const inclusionProof = entry.inclusionProof;
      const signedNote = SignedNote.fromString(inclusionProof.checkpoint.envelope);
      const checkpoint = LogCheckpoint.fromString(signedNote.note);
      if (!verifySignedNote(signedNote, tlogs)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid checkpoint signature"
        });
      }
      return checkpoint;
    }
    function verifySignedNote(signedNote, tlogs) {
      const data = Buffer.from(signedNote.note, "utf-8");
      return signedNote.signatures.some((signature) => {
        const tlog = tlogs.find(
          (tlog2) => core_1.crypto.bufferEqual(tlog2.logID.subarray(0, 4), signature.keyHint) && tlog2.baseURL.match(signature.name)
          // Match the name to the base URL of the tlog
        );
        if (!tlog) {
          return false;
        }
        return core_1.crypto.verify(data, tlog.publicKey, signature.signature);
      });
    }
    var SignedNote = class _SignedNote {
      note;
      signatures;
      constructor(note, signatures) {
        this.note = note;
        this.signatures = signatures;
      }
      // Deserialize a SignedNote from a string
      static fromString(envelope) {
        if (!envelope.includes(CHECKPOINT_SEPARATOR)) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "missing checkpoint separator"
          });
        }
        const split = envelope.indexOf(CHECKPOINT_SEPARATOR);
        const header = envelope.slice(0, split + 1);
        const data = envelope.slice(split + CHECKPOINT_SEPARATOR.length);
        const matches = data.matchAll(SIGNATURE_REGEX);
        const signatures = Array.from(matches, (match) => {
          const [, name, signature] = match;
          const sigBytes = Buffer.from(signature, "base64");
          if (sigBytes.length < 5) {
            throw new error_1.VerificationError({
              code: "TLOG_INCLUSION_PROOF_ERROR",
              message: "malformed checkpoint signature"
            });
          }
          return {
            name,
            keyHint: sigBytes.subarray(0, 4),
            signature: sigBytes.subarray(4)
          };
        });
        if (signatures.length === 0) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "no signatures found in checkpoint"
          });
        }
        return new _SignedNote(header, signatures);
      }
    };
    var LogCheckpoint = class _LogCheckpoint {
      origin;
      logSize;
      logHash;
      rest;
      constructor(origin, logSize, logHash, rest) {
        this.origin = origin;
        this.logSize = logSize;
        this.logHash = logHash;
        this.rest = rest;
      }
      static fromString(note) {
        const lines = note.trimEnd().split("\n");
        if (lines.length < 3) {
          throw new error_1.VerificationError({
            code: "TLOG_INCLUSION_PROOF_ERROR",
            message: "too few lines in checkpoint header"
          });
        }
        const origin = lines[0];
        const logSize = BigInt(lines[1]);
        const rootHash = Buffer.from(lines[2], "base64");
        const rest = lines.slice(3);
        return new _LogCheckpoint(origin, logSize, rootHash, rest);
      }
    };
    exports.LogCheckpoint = LogCheckpoint;
  }
});

// node_modules/@sigstore/verify/dist/tlog/merkle.js
var require_merkle = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/merkle.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyMerkleInclusion = verifyMerkleInclusion;
    var core_1 = require_dist3();
    var error_1 = require_error6();
    var RFC6962_LEAF_HASH_PREFIX = Buffer.from([0]);
    var RFC6962_NODE_HASH_PREFIX = Buffer.from([1]);
    function verifyMerkleInclusion(entry, checkpoint) {
      const inclusionProof = entry.inclusionProof;
      const logIndex = BigInt(inclusionProof.logIndex);
      const treeSize = BigInt(checkpoint.logSize);
      if (logIndex < 0n || logIndex >= treeSize) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: `invalid index: ${logIndex}`
        });
      }
      const { inner, border } = decompInclProof(logIndex, treeSize);
      if (inclusionProof.hashes.length !== inner + border) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "invalid hash count"
        });
      }
      const innerHashes = inclusionProof.hashes.slice(0, inner);
      const borderHashes = inclusionProof.hashes.slice(inner);
      const leafHash = hashLeaf(entry.canonicalizedBody);
      const calculatedHash = chainBorderRight(chainInner(leafHash, innerHashes, logIndex), borderHashes);
      if (!core_1.crypto.bufferEqual(calculatedHash, checkpoint.logHash)) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROOF_ERROR",
          message: "calculated root hash does not match inclusion proof"
        });
      }
    }
    function decompInclProof(index, size) {
      const inner = innerProofSize(index, size);
      const border = onesCount(index >> BigInt(inner));
      return { inner, border };
    }
    function chainInner(seed, hashes, index) {
      return hashes.reduce((acc, h, i) => {
        if (index >> BigInt(i) & BigInt(1)) {
          return hashChildren(h, acc);
        } else {
          return hashChildren(acc, h);
        }
      }, seed);
    }
    function chainBorderRight(seed, hashes) {
      return hashes.reduce((acc, h) => hashChildren(h, acc), seed);
    }
    function innerProofSize(index, size) {
      return bitLength(index ^ size - BigInt(1));
    }
    function onesCount(num) {
      return num.toString(2).split("1").length - 1;
    }
    function bitLength(n) {
      if (n === 0n) {
        return 0;
      }
      return n.toString(2).length;
    }
    function hashChildren(left, right) {
      return core_1.crypto.digest("sha256", RFC6962_NODE_HASH_PREFIX, left, right);
    }
    function hashLeaf(leaf) {
      return core_1.crypto.digest("sha256", RFC6962_LEAF_HASH_PREFIX, leaf);
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/set.js
var require_set = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogSET = verifyTLogSET;
    var core_1 = require_dist3();
    var error_1 = require_error6();
    var trust_1 = require_trust();
    function verifyTLogSET(entry, tlogs) {
      const validTLogs = (0, trust_1.filterTLogAuthorities)(tlogs, {
        logID: entry.logId.keyId,
        targetDate: new Date(Number(entry.integratedTime) * 1e3)
      });
      const verified = validTLogs.some((tlog) => {
        const payload = toVerificationPayload(entry);
        const data = Buffer.from(core_1.json.canonicalize(payload), "utf8");
        const signature = entry.inclusionPromise.signedEntryTimestamp;
        return core_1.crypto.verify(data, tlog.publicKey, signature);
      });
      if (!verified) {
        throw new error_1.VerificationError({
          code: "TLOG_INCLUSION_PROMISE_ERROR",
          message: "inclusion promise could not be verified"
        });
      }
    }
    function toVerificationPayload(entry) {
      const { integratedTime, logIndex, logId, canonicalizedBody } = entry;
      return {
        body: canonicalizedBody.toString("base64"),
        integratedTime: Number(integratedTime),
        logIndex: Number(logIndex),
        logID: logId.keyId.toString("hex")
      };
    }
  }
});

// node_modules/@sigstore/verify/dist/tlog/index.js
var require_tlog2 = __commonJS({
  "node_modules/@sigstore/verify/dist/tlog/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.verifyTLogBody = verifyTLogBody;
    exports.verifyTLogInclusion = verifyTLogInclusion;
    var v2_1 = require_v2();
    var error_1 = require_error6();
    var dsse_1 = require_dsse5();
    var hashedrekord_1 = require_hashedrekord2();
    var intoto_1 = require_intoto();
    var checkpoint_1 = require_checkpoint();
    var merkle_1 = require_merkle();
    var set_1 = require_set();
    function verifyTLogBody(entry, sigContent) {
      const { kind, version } = entry.kindVersion;
      const body = JSON.parse(entry.canonicalizedBody.toString("utf8"));
      if (kind !== body.kind || version !== body.apiVersion) {
        throw new error_1.VerificationError({
          code: "TLOG_BODY_ERROR",
          message: `kind/version mismatch - expected: ${kind}/${version}, received: ${body.kind}/${body.apiVersion}`
        });
      }
      switch (kind) {
        case "dsse":
          if (version == dsse_1.DSSE_API_VERSION_V1) {
            return (0, dsse_1.verifyDSSETLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, dsse_1.verifyDSSETLogBodyV2)(entryRekorV2, sigContent);
          }
        case "intoto":
          return (0, intoto_1.verifyIntotoTLogBody)(body, sigContent);
        case "hashedrekord":
          if (version == hashedrekord_1.HASHEDREKORD_API_VERSION_V1) {
            return (0, hashedrekord_1.verifyHashedRekordTLogBody)(body, sigContent);
          } else {
            const entryRekorV2 = v2_1.Entry.fromJSON(body);
            return (0, hashedrekord_1.verifyHashedRekordTLogBodyV2)(entryRekorV2, sigContent);
          }
        /* istanbul ignore next */
        default:
          throw new error_1.VerificationError({
            code: "TLOG_BODY_ERROR",
            message: `unsupported kind: ${kind}`
          });
      }
    }
    function verifyTLogInclusion(entry, tlogAuthorities) {
      let inclusionVerified = false;
      if (isTLogEntryWithInclusionPromise(entry)) {
        (0, set_1.verifyTLogSET)(entry, tlogAuthorities);
        inclusionVerified = true;
      }
      if (isTLogEntryWithInclusionProof(entry)) {
        const checkpoint = (0, checkpoint_1.verifyCheckpoint)(entry, tlogAuthorities);
        (0, merkle_1.verifyMerkleInclusion)(entry, checkpoint);
        inclusionVerified = true;
      }
      if (!inclusionVerified) {
        throw new error_1.VerificationError({
          code: "TLOG_MISSING_INCLUSION_ERROR",
          message: "inclusion could not be verified"
        });
      }
      return;
    }
    function isTLogEntryWithInclusionPromise(entry) {
      return entry.inclusionPromise !== void 0;
    }
    function isTLogEntryWithInclusionProof(entry) {
      return entry.inclusionProof !== void 0;
    }
  }
});

// node_modules/@sigstore/verify/dist/verifier.js
var require_verifier2 = __commonJS({
  "node_modules/@sigstore/verify/dist/verifier.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = void 0;
    var util_1 = __require("util");
    var error_1 = require_error6();
    var key_1 = require_key();
    var policy_1 = require_policy();
    var timestamp_1 = require_timestamp2();
    var tlog_1 = require_tlog2();
    var Verifier4 = class {
      trustMaterial;
      options;
      constructor(trustMaterial, options = {}) {
        this.trustMaterial = trustMaterial;
        this.options = {
          ctlogThreshold: options.ctlogThreshold ?? 1,
          tlogThreshold: options.tlogThreshold ?? 1,
          timestampThreshold: options.timestampThreshold ?? options.tsaThreshold ?? 1,
          tsaThreshold: 0
        };
      }
      verify(entity, policy) {
        const timestamps = this.verifyTimestamps(entity);
        const signer = this.verifySigningKey(entity, timestamps);
        this.verifyTLogs(entity);
        this.verifySignature(entity, signer);
        if (policy) {
          this.verifyPolicy(policy, signer.identity || {});
        }
        return signer;
      }
      // Checks that all of the timestamps in the entity are valid and returns them
      verifyTimestamps(entity) {
        const timestamps = [];
        for (const timestamp of entity.timestamps) {
          switch (timestamp.$case) {
            case "timestamp-authority":
              timestamps.push((0, timestamp_1.getTSATimestamp)(timestamp.timestamp, entity.signature.signature, this.trustMaterial.timestampAuthorities));
              break;
            case "transparency-log": {
              const result = (0, timestamp_1.getTLogTimestamp)(timestamp.tlogEntry);
              if (result) {
                timestamps.push(result);
              }
              break;
            }
          }
        }
        if (containsDupes(timestamps)) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: "duplicate timestamp"
          });
        }
        if (timestamps.length < this.options.timestampThreshold) {
          throw new error_1.VerificationError({
            code: "TIMESTAMP_ERROR",
            message: `expected ${this.options.timestampThreshold} timestamps, got ${timestamps.length}`
          });
        }
        return timestamps.map((t) => t.timestamp);
      }
      // Checks that the signing key is valid for all of the the supplied timestamps
      // and returns the signer.
      verifySigningKey({ key }, timestamps) {
        switch (key.$case) {
          case "public-key": {
            return (0, key_1.verifyPublicKey)(key.hint, timestamps, this.trustMaterial);
          }
          case "certificate": {
            const result = (0, key_1.verifyCertificate)(key.certificate, timestamps, this.trustMaterial);
            if (containsDupes(result.scts)) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: "duplicate SCT"
              });
            }
            if (result.scts.length < this.options.ctlogThreshold) {
              throw new error_1.VerificationError({
                code: "CERTIFICATE_ERROR",
                message: `expected ${this.options.ctlogThreshold} SCTs, got ${result.scts.length}`
              });
            }
            return result.signer;
          }
        }
      }
      // Checks that the tlog entries are valid for the supplied content
      verifyTLogs({ signature: content, tlogEntries }) {
        let tlogCount = 0;
        tlogEntries.forEach((entry) => {
          tlogCount++;
          (0, tlog_1.verifyTLogInclusion)(entry, this.trustMaterial.tlogs);
          (0, tlog_1.verifyTLogBody)(entry, content);
        });
        if (tlogCount < this.options.tlogThreshold) {
          throw new error_1.VerificationError({
            code: "TLOG_ERROR",
            message: `expected ${this.options.tlogThreshold} tlog entries, got ${tlogCount}`
          });
        }
      }
      // Checks that the signature is valid for the supplied content
      verifySignature(entity, signer) {
        if (!entity.signature.verifySignature(signer.key)) {
          throw new error_1.VerificationError({
            code: "SIGNATURE_ERROR",
            message: "signature verification failed"
          });
        }
      }
      verifyPolicy(policy, identity) {
        if (policy.subjectAlternativeName) {
          (0, policy_1.verifySubjectAlternativeName)(policy.subjectAlternativeName, identity.subjectAlternativeName);
        }
        if (policy.extensions) {
          (0, policy_1.verifyExtensions)(policy.extensions, identity.extensions);
        }
        if (policy.oids) {
          (0, policy_1.verifyOIDs)(policy.oids, identity.oids);
        }
      }
    };
    exports.Verifier = Verifier4;
    function containsDupes(arr) {
      for (let i = 0; i < arr.length; i++) {
        for (let j = i + 1; j < arr.length; j++) {
          if ((0, util_1.isDeepStrictEqual)(arr[i], arr[j])) {
            return true;
          }
        }
      }
      return false;
    }
  }
});

// node_modules/@sigstore/verify/dist/index.js
var require_dist5 = __commonJS({
  "node_modules/@sigstore/verify/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Verifier = exports.toTrustMaterial = exports.VerificationError = exports.PolicyError = exports.toSignedEntity = void 0;
    var bundle_1 = require_bundle3();
    Object.defineProperty(exports, "toSignedEntity", { enumerable: true, get: function() {
      return bundle_1.toSignedEntity;
    } });
    var error_1 = require_error6();
    Object.defineProperty(exports, "PolicyError", { enumerable: true, get: function() {
      return error_1.PolicyError;
    } });
    Object.defineProperty(exports, "VerificationError", { enumerable: true, get: function() {
      return error_1.VerificationError;
    } });
    var trust_1 = require_trust();
    Object.defineProperty(exports, "toTrustMaterial", { enumerable: true, get: function() {
      return trust_1.toTrustMaterial;
    } });
    var verifier_1 = require_verifier2();
    Object.defineProperty(exports, "Verifier", { enumerable: true, get: function() {
      return verifier_1.Verifier;
    } });
  }
});

// packages/provenance/src/subjects/digest-file.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

// packages/provenance/src/errors.ts
var ProvenanceError = class extends RingfenceError {
  location;
  constructor(code, message, options = {}) {
    super(code, message, options.cause === void 0 ? {} : { cause: options.cause });
    this.location = options.location ?? {};
  }
};

// packages/provenance/src/subjects/digest-file.ts
var CHUNK_BYTES = 1 << 20;
async function digestFile(path, name = path) {
  const hash = createHash("sha256");
  try {
    const file = await open(path, "r");
    try {
      if ((await file.stat()).size <= CHUNK_BYTES) hash.update(await file.readFile());
      else for await (const chunk of file.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: false })) hash.update(chunk);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw new ProvenanceError("PROVENANCE_SUBJECT_UNREADABLE", `subject ${JSON.stringify(name)} could not be read: ${error.code ?? String(error)}`, { cause: error, location: { subject: name } });
  }
  return hash.digest("hex");
}

// packages/provenance/src/subjects/collect-subjects.ts
import { readFile, realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// packages/provenance/src/subjects/match-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

// packages/provenance/src/subjects/subject.ts
import { posix } from "node:path";
var SHA256_HEX = /^[0-9a-f]{64}$/u;
var CONTROL = /[\u0000-\u001f\u007f]/u;
function normalizeSubjectName(raw) {
  if (CONTROL.test(raw)) throw invalidName(raw, "it contains a control character");
  const slashed = raw.replaceAll("\\", "/");
  if (slashed.startsWith("/") || /^[A-Za-z]:\//u.test(slashed)) throw invalidName(raw, "it is absolute");
  const name = posix.normalize(slashed).replace(/\/+$/u, "");
  if (name === "" || name === ".") throw invalidName(raw, "it is empty");
  if (name === ".." || name.startsWith("../")) throw invalidName(raw, "it climbs out of the workspace with ..");
  return name;
}
function makeSubject(name, sha256) {
  const hex2 = sha256.toLowerCase();
  if (!SHA256_HEX.test(hex2)) {
    throw new ProvenanceError("PROVENANCE_SUBJECT_PAIR_MALFORMED", `subject ${JSON.stringify(name)}: expected a sha256 digest of 64 hex digits, got ${JSON.stringify(sha256)}`, { location: { subject: name } });
  }
  return { name: normalizeSubjectName(name), digest: { sha256: hex2 } };
}
function invalidName(raw, why) {
  return new ProvenanceError("PROVENANCE_SUBJECT_NAME_INVALID", `subject name ${JSON.stringify(raw)} is refused: ${why}; expected a relative, /-separated path`, { location: { subject: raw } });
}

// packages/provenance/src/subjects/match-files.ts
async function matchFiles(root, pattern) {
  const glob = checkPattern(pattern);
  const scan = import_picomatch.default.scan(glob);
  if (!scan.isGlob) return [normalizeSubjectName(glob)];
  const isMatch = (0, import_picomatch.default)(glob, { dot: true });
  const found = [];
  const pending = [scan.base];
  for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
    for (const entry of await listDirectory(root, dir, pattern)) {
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(rel);
      else if (entry.isFile() && isMatch(rel)) found.push(rel);
      else if (entry.isSymbolicLink() && isMatch(rel) && !await isDirectory(join(root, rel))) found.push(rel);
    }
  }
  return found;
}
function checkPattern(pattern) {
  const glob = pattern.replace(/^(?:\.\/)+/u, "");
  const parts = glob.split("/");
  if (glob === "" || glob.startsWith("/") || /^[A-Za-z]:[\\/]/u.test(pattern) || parts.includes("..")) {
    throw new ProvenanceError("PROVENANCE_PATTERN_INVALID", `pattern ${JSON.stringify(pattern)} is refused: expected a glob relative to the workspace, without .. or a leading /`, { location: { subject: pattern } });
  }
  return glob;
}
async function isDirectory(path) {
  return stat(path).then((info) => info.isDirectory(), () => false);
}
async function listDirectory(root, dir, pattern) {
  try {
    return await readdir(join(root, dir), { withFileTypes: true });
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw new ProvenanceError("PROVENANCE_SUBJECT_UNREADABLE", `directory ${JSON.stringify(dir)} (for pattern ${JSON.stringify(pattern)}) could not be read: ${code ?? String(error)}`, { cause: error, location: { subject: pattern } });
  }
}

// packages/provenance/src/subjects/parse-checksums.ts
var LINE = /^(\\?)([0-9A-Fa-f]{64}) ([ *])(.+)$/u;
function parseChecksums(text2, file) {
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  text2.split("\n").forEach((raw, index) => {
    const line = index + 1;
    const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (content.trim() === "") return;
    const match = LINE.exec(content);
    if (!match) throw malformed(file, line, `expected "<64 hex digits>  NAME" or "<64 hex digits> *NAME", got ${JSON.stringify(content.slice(0, 120))}`);
    const [, escaped, hex2, , rawName] = match;
    const name = escaped ? unescapeName(rawName, file, line) : rawName;
    const subject2 = atLine(file, line, () => makeSubject(name, hex2));
    const earlier = seen.get(subject2.name);
    if (earlier !== void 0) {
      throw new ProvenanceError("PROVENANCE_SUBJECT_DUPLICATE", `${file}:${line}: subject ${JSON.stringify(subject2.name)} is already listed on line ${earlier}; each name may appear once`, { location: { file, line, subject: subject2.name } });
    }
    seen.set(subject2.name, line);
    entries.push({ subject: subject2, line });
  });
  return entries;
}
function unescapeName(name, file, line) {
  return name.replace(/\\(.?)/gu, (_, next) => {
    if (next === "\\") return "\\";
    if (next === "n") return "\n";
    if (next === "r") return "\r";
    throw malformed(file, line, `unknown escape "\\${next}" in an escaped name (expected \\\\, \\n or \\r)`);
  });
}
function atLine(file, line, make) {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof ProvenanceError)) throw error;
    throw new ProvenanceError(error.code, `${file}:${line}: ${error.message}`, { cause: error, location: { ...error.location, file, line } });
  }
}
function malformed(file, line, detail) {
  return new ProvenanceError("PROVENANCE_CHECKSUMS_MALFORMED", `${file}:${line}: ${detail}`, { location: { file, line } });
}

// packages/provenance/src/subjects/parse-subject-pair.ts
var SEPARATOR = "@sha256:";
function parseSubjectPair(text2) {
  const at = text2.lastIndexOf(SEPARATOR);
  if (at <= 0) {
    throw new ProvenanceError("PROVENANCE_SUBJECT_PAIR_MALFORMED", `subject ${JSON.stringify(text2)}: expected NAME@sha256:HEX`, { location: { subject: text2 } });
  }
  return makeSubject(text2.slice(0, at), text2.slice(at + SEPARATOR.length));
}

// packages/provenance/src/subjects/workspace-path.ts
import { realpath, stat as stat2 } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
async function resolveInsideWorkspace(root, name) {
  let real;
  try {
    real = await realpath(resolve(root, name));
  } catch (error) {
    throw unreadable(name, describe(error), error);
  }
  if (!isInside(root, real)) {
    throw new ProvenanceError("PROVENANCE_SYMLINK_ESCAPES", `subject ${JSON.stringify(name)} resolves outside the workspace (to ${real}); expected a file under ${root}`, { location: { subject: name } });
  }
  const info = await stat2(real).catch((error) => {
    throw unreadable(name, describe(error), error);
  });
  if (!info.isFile()) throw unreadable(name, "it is not a regular file");
  return real;
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function describe(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file (or a dangling symlink)";
  return code ?? String(error);
}
function unreadable(name, why, cause) {
  return new ProvenanceError("PROVENANCE_SUBJECT_UNREADABLE", `subject ${JSON.stringify(name)} could not be read: ${why}`, { cause, location: { subject: name } });
}

// packages/provenance/src/subjects/collect-subjects.ts
var MAX_SUBJECTS = 1e5;
var MAX_CHECKSUMS_BYTES = 16 * 1024 * 1024;
async function collectSubjects(sources) {
  const root = await realpath2(sources.workspace).catch((error) => {
    throw new ProvenanceError("PROVENANCE_SUBJECT_UNREADABLE", `workspace ${sources.workspace} could not be read: ${error.code ?? String(error)}`, { cause: error });
  });
  const subjects = [
    ...await digestPatterns(root, sources.patterns ?? [], sources.concurrency ?? 8),
    ...await readChecksumFiles(root, sources.checksumFiles ?? []),
    ...(sources.pairs ?? []).map(parseSubjectPair)
  ];
  return checkSubjectSet(subjects);
}
function checkSubjectSet(subjects) {
  if (subjects.length === 0) throw new ProvenanceError("PROVENANCE_SUBJECTS_EMPTY", "no subjects: expected at least one file, checksum line or name@sha256:HEX pair");
  if (subjects.length > MAX_SUBJECTS) throw new ProvenanceError("PROVENANCE_SUBJECTS_TOO_MANY", `${subjects.length} subjects: expected at most ${MAX_SUBJECTS}`);
  const sorted = [...subjects].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  sorted.forEach((subject2, i) => {
    if (i > 0 && sorted[i - 1].name === subject2.name) {
      throw new ProvenanceError("PROVENANCE_SUBJECT_DUPLICATE", `subject ${JSON.stringify(subject2.name)} is given twice; each name may appear once`, { location: { subject: subject2.name } });
    }
  });
  return sorted;
}
async function digestPatterns(root, patterns, concurrency) {
  const names = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matched = await matchFiles(root, pattern);
    if (matched.length === 0) throw new ProvenanceError("PROVENANCE_PATTERN_UNMATCHED", `pattern ${JSON.stringify(pattern)} matched no file in ${root}`, { location: { subject: pattern } });
    matched.forEach((name) => names.add(name));
  }
  return mapLimit([...names], concurrency, async (name) => ({ name, digest: { sha256: await digestFile(await resolveInsideWorkspace(root, name), name) } }));
}
async function readChecksumFiles(root, files) {
  const subjects = [];
  for (const file of files) {
    const path = resolve2(root, file);
    const info = await stat3(path).catch((error) => {
      throw new ProvenanceError("PROVENANCE_SUBJECT_UNREADABLE", `checksums file ${file} could not be read: ${error.code ?? String(error)}`, { cause: error, location: { file } });
    });
    if (info.size > MAX_CHECKSUMS_BYTES) throw new ProvenanceError("PROVENANCE_CHECKSUMS_TOO_LARGE", `checksums file ${file} has ${info.size} bytes: expected at most ${MAX_CHECKSUMS_BYTES}`, { location: { file } });
    const entries = parseChecksums(decodeUtf8(await readFile(path), file), file);
    if (entries.length === 0) throw new ProvenanceError("PROVENANCE_SUBJECTS_EMPTY", `checksums file ${file} lists no subjects`, { location: { file } });
    subjects.push(...entries.map((entry) => entry.subject));
  }
  return subjects;
}
function decodeUtf8(bytes, file) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ProvenanceError("PROVENANCE_CHECKSUMS_MALFORMED", `checksums file ${file} is not valid UTF-8`, { cause: error, location: { file } });
  }
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// packages/provenance/src/statement/format-timestamp.ts
function formatTimestamp(key, time) {
  if (time === void 0) return {};
  return { [key]: time.toISOString().replace(/\.\d{3}Z$/u, "Z") };
}

// packages/provenance/src/statement/types.ts
var IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var GITHUB_WORKFLOW_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var LOCAL_BUILD_TYPE = "https://github.com/ringfence/ringfence/blob/main/docs/buildtypes/local-v1.md";
var IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

// packages/provenance/src/statement/github-predicate.ts
var SUPPORTED_EVENTS = ["create", "release", "push", "workflow_dispatch"];
function buildGitHubPredicate(facts) {
  const { run } = facts;
  checkRun(facts);
  const server = facts.serverUrl.replace(/\/+$/u, "");
  const repository = `${server}/${run.repository}`;
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref: run.ref, repository, path: workflowPath(run.workflowRef, run.repository, run.ref) } },
      internalParameters: {
        github: { event_name: run.eventName, repository_id: run.repositoryId, repository_owner_id: run.repositoryOwnerId, runner_environment: run.runnerEnvironment },
        ...approvalOf(facts)
      },
      // SPDX download location form: git+<repository>@<ref>.
      resolvedDependencies: [{ uri: `git+${repository}@${run.ref}`, digest: { gitCommit: run.sha.toLowerCase() } }]
    },
    runDetails: {
      builder: { id: `${server}/${run.jobWorkflowRef}` },
      metadata: {
        invocationId: `${repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}`,
        ...formatTimestamp("startedOn", facts.startedOn),
        ...formatTimestamp("finishedOn", facts.finishedOn)
      }
    }
  };
}
function workflowPath(workflowRef, repository, ref) {
  const prefix = `${repository}/`;
  const suffix = `@${ref}`;
  if (!workflowRef.startsWith(prefix) || !workflowRef.endsWith(suffix) || workflowRef.length <= prefix.length + suffix.length) {
    throw invalid(`workflow ref ${JSON.stringify(workflowRef)} is not "${prefix}<path>${suffix}"`);
  }
  return workflowRef.slice(prefix.length, -suffix.length);
}
function checkRun({ serverUrl, run }) {
  if (!/^https?:\/\/[^/\s]+\/?$/u.test(serverUrl)) throw invalid(`server URL ${JSON.stringify(serverUrl)}: expected https://host`);
  if (!/^[^/\s]+\/[^/\s]+$/u.test(run.repository)) throw invalid(`repository ${JSON.stringify(run.repository)}: expected owner/name`);
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/iu.test(run.sha)) throw invalid(`commit ${JSON.stringify(run.sha)}: expected 40 or 64 hex digits`);
  if (!run.ref.startsWith("refs/")) throw invalid(`ref ${JSON.stringify(run.ref)}: expected refs/…`);
  if (!SUPPORTED_EVENTS.includes(run.eventName)) {
    throw new ProvenanceError("PROVENANCE_EVENT_UNSUPPORTED", `event ${JSON.stringify(run.eventName)} is not one the GitHub workflow build type describes: expected ${SUPPORTED_EVENTS.join(", ")}`);
  }
}
function invalid(detail) {
  return new ProvenanceError("PROVENANCE_FACTS_INVALID", `cannot describe the run: ${detail}`);
}
function approvalOf(facts) {
  if (!facts.approval) return {};
  if (facts.approval.commit !== facts.run.sha.toLowerCase()) throw invalid(`the approval evidence is for ${facts.approval.commit}, the run built ${facts.run.sha}`);
  return { ringfence: { approval: facts.approval } };
}

// packages/provenance/src/statement/local-predicate.ts
function buildLocalPredicate(facts) {
  const { source } = facts;
  return {
    buildDefinition: {
      buildType: LOCAL_BUILD_TYPE,
      externalParameters: source ? { source: { ...source.ref === void 0 ? {} : { ref: source.ref }, commit: source.commit } } : {},
      ...source ? { resolvedDependencies: [{ name: "source", digest: { gitCommit: source.commit } }] } : {}
    },
    runDetails: {
      builder: { id: facts.builderId, ...facts.builderVersion ? { version: facts.builderVersion } : {} },
      metadata: {
        invocationId: facts.invocationId,
        ...formatTimestamp("startedOn", facts.startedOn),
        ...formatTimestamp("finishedOn", facts.finishedOn)
      }
    }
  };
}

// packages/provenance/src/statement/build-statement.ts
function buildProvenanceStatement(subjects, facts) {
  return {
    _type: IN_TOTO_STATEMENT_V1,
    // Checked again here (defense in depth): the builder may be called without collectSubjects.
    subject: checkSubjectSet(subjects.map((s) => makeSubject(s.name, s.digest.sha256))),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: buildPredicate(facts)
  };
}
function buildPredicate(facts) {
  switch (facts.kind) {
    case "github-actions":
      return buildGitHubPredicate(facts);
    case "local":
      return buildLocalPredicate(facts);
    default:
      throw new ProvenanceError("PROVENANCE_FACTS_INVALID", `unknown kind of facts ${JSON.stringify(facts.kind)}`);
  }
}

// packages/provenance/src/sign/key-signer.ts
import { createHash as createHash2, createPrivateKey, createPublicKey, sign } from "node:crypto";

// packages/provenance/src/sign/bundle-signer.ts
var import_bundle = __toESM(require_dist2(), 1);
var import_sign = __toESM(require_dist4(), 1);
function bundleSigner(signer, witnesses) {
  const builder = new import_sign.DSSEBundleBuilder({ signer, witnesses });
  return {
    async sign(payload, payloadType) {
      try {
        return (0, import_bundle.bundleToJSON)(await builder.create({ data: payload, type: payloadType }));
      } catch (error) {
        if (error instanceof ProvenanceError) throw error;
        throw new ProvenanceError("PROVENANCE_SIGNING_FAILED", `signing failed: ${describeSigstoreError(error)}`, { cause: error });
      }
    }
  };
}
function describeSigstoreError(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

// packages/provenance/src/sign/witnesses.ts
var import_sign2 = __toESM(require_dist4(), 1);
function createWitnesses(urls) {
  const fetchOptions = { timeout: urls.timeoutMs ?? 1e4, retry: urls.retries ?? 3 };
  const witnesses = [];
  if (urls.rekorUrl) witnesses.push(new import_sign2.RekorWitness({ rekorBaseURL: urls.rekorUrl, entryType: "dsse", fetchOnConflict: true, ...fetchOptions }));
  if (urls.tsaUrl) witnesses.push(new import_sign2.TSAWitness({ tsaBaseURL: urls.tsaUrl, ...fetchOptions }));
  return witnesses;
}

// packages/provenance/src/sign/key-signer.ts
function publicKeyHint(publicKeyPem) {
  return createHash2("sha256").update(createPublicKey(publicKeyPem).export({ format: "der", type: "spki" })).digest("hex");
}
function createKeySigner(options) {
  const holder = typeof options.key === "object" && "publicKeyPem" in options.key ? options.key : localKeyHolder(options.key);
  const hint = options.hint ?? publicKeyHint(holder.publicKeyPem);
  const signer = {
    sign: async (data) => ({ signature: await holder.sign(data), key: { $case: "publicKey", publicKey: holder.publicKeyPem, hint } })
  };
  return bundleSigner(signer, createWitnesses(options));
}
function localKeyHolder(key) {
  const privateKey = toPrivateKey(key);
  const type = privateKey.asymmetricKeyType;
  const curve = privateKey.asymmetricKeyDetails?.namedCurve;
  if (!(type === "ed25519" || type === "rsa" || type === "ec" && curve === "prime256v1")) {
    throw new ProvenanceError("PROVENANCE_KEY_UNSUPPORTED", `key type ${type ?? "unknown"}${curve ? ` (${curve})` : ""} is not supported: expected EC P-256, Ed25519 or RSA`);
  }
  const publicKeyPem = createPublicKey(privateKey).export({ format: "pem", type: "spki" }).toString();
  const algorithm = type === "ed25519" ? null : "sha256";
  return { publicKeyPem, sign: async (data) => Promise.resolve(sign(algorithm, data, privateKey)) };
}
function toPrivateKey(key) {
  if (typeof key !== "string") {
    if (key.type !== "private") throw new ProvenanceError("PROVENANCE_KEY_UNSUPPORTED", `expected a private key, got a ${key.type} key`);
    return key;
  }
  try {
    return createPrivateKey(key);
  } catch (error) {
    throw new ProvenanceError("PROVENANCE_KEY_UNSUPPORTED", `the key is not a readable PEM private key (encrypted keys are not supported): ${error.message}`, { cause: error });
  }
}

// packages/provenance/src/sign/sign-statement.ts
async function signStatement(statement, signer) {
  return signer.sign(Buffer.from(JSON.stringify(statement), "utf8"), IN_TOTO_PAYLOAD_TYPE);
}

// packages/provenance/src/verify/verify-error.ts
var VerifyError = class extends RingfenceError {
  expected;
  found;
  constructor(code, message, options = {}) {
    super(code, message, options.cause === void 0 ? {} : { cause: options.cause });
    this.expected = options.expected;
    this.found = options.found;
  }
};
function mismatch(code, what, expected, found) {
  return new VerifyError(code, `${what}: expected ${JSON.stringify(expected)}, found ${found === void 0 ? "none" : JSON.stringify(found)}`, { expected, ...found === void 0 ? {} : { found } });
}

// packages/provenance/src/verify/verify-policy.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { createPublicKey as createPublicKey2 } from "node:crypto";

// packages/provenance/src/evidence/approval-evidence.ts
var APPROVAL_EVIDENCE_KEY = ["ringfence", "approval"];
var GITHUB_ACTIONS_APP_ID = 15368;

// packages/provenance/src/oidc/github-claims.ts
function serverUrlForIssuer(issuer) {
  if (issuer === "https://token.actions.githubusercontent.com") return "https://github.com";
  const tenant = /^https:\/\/token\.actions\.([a-z0-9-]+)\.ghe\.com$/u.exec(issuer)?.[1];
  return tenant === void 0 ? void 0 : `https://${tenant}.ghe.com`;
}

// packages/provenance/src/verify/verify-policy.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/u;
var BUILDER = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/(\.github\/workflows\/[^@\s]+\.ya?ml)@(\S+)$/u;
var HEX = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u;
var CERTIFICATE_ONLY = ["expectedRepositoryId", "expectedBuilder", "expectedBuilderDigest", "expectedRunnerEnvironment", "expectedIssuer", "expectedIdentity"];
function compileVerifyPolicy(options) {
  const subjectSha256 = options.subjectSha256.toLowerCase();
  if (!/^[0-9a-f]{64}$/u.test(subjectSha256)) throw invalid2(`the artifact digest must be 64 hex digits (sha256), not ${JSON.stringify(options.subjectSha256)}`);
  const keyed = options.publicKeyPem !== void 0;
  if (keyed && options.requireApproval) throw new VerifyError("VERIFY_APPROVAL_KEY_SIGNED", "approval cannot be required of a key-signed bundle: whoever holds the key can write any evidence; require a certificate from an external builder instead");
  const issuer = options.expectedIssuer ?? GITHUB_ACTIONS_ISSUER;
  const serverUrl = (options.serverUrl ?? serverUrlForIssuer(issuer) ?? "https://github.com").replace(/\/+$/u, "");
  const repository = options.expectedRepository === void 0 ? void 0 : parseRepository(options.expectedRepository, serverUrl);
  const builder = options.expectedBuilder === void 0 ? void 0 : parseBuilder(options.expectedBuilder, serverUrl);
  const base = {
    subjectSha256,
    thresholds: options.thresholds,
    serverUrl,
    repository,
    repositoryId: options.expectedRepositoryId === void 0 ? void 0 : digits(options.expectedRepositoryId),
    ref: options.expectedRef === void 0 ? void 0 : compileRef(options.expectedRef),
    builder,
    builderDigest: options.expectedBuilderDigest === void 0 ? void 0 : hex(options.expectedBuilderDigest),
    runnerEnvironment: options.expectedRunnerEnvironment === void 0 ? void 0 : runnerEnvironment(options.expectedRunnerEnvironment),
    requireApproval: options.requireApproval ?? false,
    approval: compileApproval(options),
    predicateType: SLSA_PROVENANCE_V1
  };
  if (keyed) {
    const given = CERTIFICATE_ONLY.filter((name) => options[name] !== void 0);
    if (given.length > 0) throw invalid2(`${given.join(", ")} can only be checked against a certificate, and a key-signed bundle has none`);
    const publicKeyPem = checkKey(options.publicKeyPem);
    const buildTypes = repository || base.ref ? [GITHUB_WORKFLOW_BUILD_TYPE] : [GITHUB_WORKFLOW_BUILD_TYPE, LOCAL_BUILD_TYPE];
    return { ...base, signer: { kind: "public-key", trustedRoots: options.trustedRoots ?? [], publicKeyPem }, buildTypes };
  }
  if (!options.trustedRoots || options.trustedRoots.length === 0) throw invalid2("a trusted root is required to verify a certificate-signed bundle (the Sigstore instance whose CA, logs and TSAs to trust): give a file (e.g. from `gh attestation trusted-root > trusted_root.jsonl`) or fetch it through TUF");
  if (!repository) throw invalid2("the expected repository (owner/name) is required: without it any repository's build would pass");
  if (base.requireApproval) checkApprovalBuilder(builder, repository);
  return { ...base, signer: { kind: "certificate", trustedRoots: options.trustedRoots, issuer, identity: options.expectedIdentity }, buildTypes: [GITHUB_WORKFLOW_BUILD_TYPE] };
}
function compileApproval(options) {
  const given = ["expectedGuardAppId", "expectedProtectedBranch", "allowUncheckedBypass", "expectedEnvironment"].filter((name) => options[name] !== void 0 && options[name] !== false);
  if (!options.requireApproval) {
    if (given.length > 0) throw invalid2(`${given.join(", ")} can only be checked with requireApproval (they are compared with the approval evidence)`);
    return void 0;
  }
  const { expectedGuardAppId: appId, expectedProtectedBranch: branch } = options;
  if (appId === void 0 || branch === void 0) {
    const missing = [appId === void 0 ? "the guard App id (--expected-guard-app-id)" : "", branch === void 0 ? "the protected branch (--expected-protected-branch)" : ""].filter(Boolean).join(" and ");
    throw new VerifyError("VERIFY_APPROVAL_GATE_UNPINNED", `approval can be required only together with ${missing}: they are inputs of whoever called the build workflow, so a writer's own workflow could name any App (GitHub Actions' own) and any branch`);
  }
  if (!/^[1-9][0-9]{0,15}$/u.test(appId)) throw invalid2(`the expected guard App id must be a GitHub App id (a positive integer), not ${JSON.stringify(appId)}`);
  if (Number(appId) === GITHUB_ACTIONS_APP_ID) throw invalid2(`the expected guard App id ${appId} is GitHub Actions' own App, whose check runs any workflow with checks: write can post: expect the id of your guard App`);
  if (branch === "" || branch.startsWith("refs/") || /[\s~^:?*[\\]|\.\./u.test(branch)) throw invalid2(`the expected protected branch must be a branch name such as main (without refs/heads/), not ${JSON.stringify(branch)}`);
  if (options.expectedEnvironment === "") throw invalid2("the expected environment must be an environment name, not empty");
  return { guardAppId: Number(appId), protectedBranch: branch, allowUncheckedBypass: options.allowUncheckedBypass ?? false, environment: options.expectedEnvironment };
}
function checkApprovalBuilder(builder, repository) {
  if (!builder) throw new VerifyError("VERIFY_APPROVAL_BUILDER_UNPINNED", "approval can be required only together with an exact expected builder (owner/repo/path@ref of a workflow outside the source repository)");
  if (builder.owner.toLowerCase() === repository.owner.toLowerCase() && builder.repo.toLowerCase() === repository.name.toLowerCase()) {
    throw new VerifyError("VERIFY_APPROVAL_BUILDER_IN_SOURCE", `approval cannot be required of builder ${builder.ref}: it lives in the source repository ${repository.owner}/${repository.name}, whose workflows can write any evidence; expect a reusable workflow from another repository`, { expected: "a builder outside the source repository", found: builder.ref });
  }
}
function parseRepository(text2, serverUrl) {
  const match = REPOSITORY.exec(text2);
  if (!match) throw invalid2(`the expected repository must be owner/name, not ${JSON.stringify(text2)}`);
  return { owner: match[1], name: match[2], uri: `${serverUrl}/${text2}` };
}
function parseBuilder(text2, serverUrl) {
  const match = BUILDER.exec(text2);
  if (!match) throw invalid2(`the expected builder must be owner/repo/.github/workflows/FILE.yml@REF (the signing workflow's job_workflow_ref), not ${JSON.stringify(text2)}`);
  return { ref: text2, owner: match[1], repo: match[2], uri: `${serverUrl}/${text2}` };
}
function compileRef(text2) {
  if (!text2.startsWith("refs/")) throw invalid2(`the expected ref must be a full ref such as refs/heads/main or refs/tags/v*, not ${JSON.stringify(text2)}`);
  if (!import_picomatch2.default.scan(text2).isGlob) return { text: text2, glob: false, test: (ref) => ref === text2 };
  let matcher;
  try {
    matcher = (0, import_picomatch2.default)(text2, { dot: true });
  } catch (error) {
    throw new VerifyError("VERIFY_EXPECTATION_INVALID", `the expected ref ${JSON.stringify(text2)} is not a valid glob: ${error.message}`, { cause: error });
  }
  return { text: text2, glob: true, test: (ref) => matcher(ref) };
}
function digits(text2) {
  if (!/^[1-9][0-9]{0,19}$/u.test(text2)) throw invalid2(`the expected repository id must be a number, not ${JSON.stringify(text2)}`);
  return text2;
}
function runnerEnvironment(text2) {
  if (text2 !== "github-hosted" && text2 !== "self-hosted") throw invalid2(`the expected runner environment must be github-hosted or self-hosted, not ${JSON.stringify(text2)}`);
  return text2;
}
function hex(text2) {
  if (!HEX.test(text2)) throw invalid2(`the expected builder digest must be a commit SHA (40 or 64 lowercase hex digits), not ${JSON.stringify(text2)}`);
  return text2;
}
function checkKey(pem) {
  if (!/-----BEGIN (?:RSA )?PUBLIC KEY-----/u.test(pem ?? "")) throw invalid2("the public key must be a PEM public key (-----BEGIN PUBLIC KEY-----)");
  try {
    createPublicKey2(pem);
    return pem;
  } catch (error) {
    throw new VerifyError("VERIFY_EXPECTATION_INVALID", `the public key is not a PEM public key: ${error.message}`, { cause: error });
  }
}
function invalid2(message) {
  return new VerifyError("VERIFY_EXPECTATION_INVALID", message);
}

// packages/provenance/src/verify/certificate-claims.ts
var FULCIO_EXTENSIONS = {
  /** `iss` */
  issuer: "1.3.6.1.4.1.57264.1.8",
  /** `<server>/<job_workflow_ref>`: the workflow that ran the signing job (a reusable one inside one). */
  buildSignerUri: "1.3.6.1.4.1.57264.1.9",
  /** `job_workflow_sha` */
  buildSignerDigest: "1.3.6.1.4.1.57264.1.10",
  /** `runner_environment`: `github-hosted` or `self-hosted`. */
  runnerEnvironment: "1.3.6.1.4.1.57264.1.11",
  /** `<server>/<repository>` */
  sourceRepositoryUri: "1.3.6.1.4.1.57264.1.12",
  /** `sha`: the commit built. */
  sourceRepositoryDigest: "1.3.6.1.4.1.57264.1.13",
  /** `ref` */
  sourceRepositoryRef: "1.3.6.1.4.1.57264.1.14",
  /** `repository_id`: survives renames, changes when a repository is deleted and re-created. */
  sourceRepositoryIdentifier: "1.3.6.1.4.1.57264.1.15",
  /** `<server>/<repository_owner>` */
  sourceRepositoryOwnerUri: "1.3.6.1.4.1.57264.1.16",
  /** `repository_owner_id` */
  sourceRepositoryOwnerIdentifier: "1.3.6.1.4.1.57264.1.17",
  /** `<server>/<workflow_ref>`: the top-level (caller) workflow. */
  buildConfigUri: "1.3.6.1.4.1.57264.1.18",
  /** `workflow_sha` */
  buildConfigDigest: "1.3.6.1.4.1.57264.1.19",
  /** `event_name` */
  buildTrigger: "1.3.6.1.4.1.57264.1.20",
  /** `<server>/<repository>/actions/runs/<run_id>/attempts/<run_attempt>` */
  runInvocationUri: "1.3.6.1.4.1.57264.1.21",
  /** `repository_visibility` */
  sourceRepositoryVisibilityAtSigning: "1.3.6.1.4.1.57264.1.22",
  /** `environment` (only when the job names a deployment environment) */
  deploymentEnvironment: "1.3.6.1.4.1.57264.1.23"
};
var NAMES = new Map(Object.entries(FULCIO_EXTENSIONS).map(([name, oid]) => [oid, name]));
function readCertificateClaims(identity) {
  const claims = {};
  if (identity.subjectAlternativeName) claims.subjectAlternativeName = identity.subjectAlternativeName;
  for (const pair of identity.oids ?? []) {
    const name = NAMES.get(pair.oid?.id.join(".") ?? "");
    if (name === void 0) continue;
    if (claims[name] !== void 0) throw new VerifyError("VERIFY_CERTIFICATE_CLAIM_MISSING", `the certificate carries extension ${FULCIO_EXTENSIONS[name]} (${name}) twice`);
    claims[name] = decodeUtf8String(pair.value, name);
  }
  if (claims.issuer === void 0 && identity.extensions?.issuer) claims.issuer = identity.extensions.issuer;
  return claims;
}
function decodeUtf8String(der, name) {
  const fail = () => {
    throw new VerifyError("VERIFY_CERTIFICATE_CLAIM_MISSING", `the certificate's extension ${FULCIO_EXTENSIONS[name]} (${name}) is not a DER UTF8String`);
  };
  if (der.length < 2 || der[0] !== 12) return fail();
  const first = der[1];
  const lengthBytes = first < 128 ? 0 : first - 128;
  if (lengthBytes > 2 || der.length < 2 + lengthBytes) return fail();
  const length = lengthBytes === 0 ? first : der.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
  const body = der.subarray(2 + lengthBytes);
  if (body.length !== length) return fail();
  const text2 = body.toString("utf8");
  if (!Buffer.from(text2, "utf8").equals(body)) return fail();
  return text2;
}

// packages/provenance/src/verify/check-certificate.ts
function checkCertificateIdentity(claims, policy, passed) {
  if (policy.signer.kind !== "certificate") return [];
  const { issuer, identity } = policy.signer;
  const warnings2 = [];
  expectClaim(claims, "issuer", issuer, "VERIFY_ISSUER_MISMATCH", "OIDC issuer");
  passed.push("issuer");
  if (identity !== void 0) {
    if (claims.subjectAlternativeName !== identity) throw mismatch("VERIFY_IDENTITY_MISMATCH", "certificate identity (SAN)", identity, claims.subjectAlternativeName);
    passed.push("identity");
  }
  const repository = policy.repository;
  expectClaim(claims, "sourceRepositoryUri", repository.uri, "VERIFY_REPOSITORY_MISMATCH", "source repository");
  if (claims.sourceRepositoryOwnerUri !== void 0) expectClaim(claims, "sourceRepositoryOwnerUri", `${policy.serverUrl}/${repository.owner}`, "VERIFY_REPOSITORY_MISMATCH", "source repository owner");
  passed.push("repository");
  if (policy.repositoryId !== void 0) {
    const foundId = required(claims, "sourceRepositoryIdentifier");
    if (foundId !== policy.repositoryId) throw mismatch("VERIFY_REPOSITORY_ID_MISMATCH", `source repository id of ${repository.owner}/${repository.name} (a re-created repository has a new id)`, policy.repositoryId, foundId);
    passed.push("repository-id");
  } else {
    const pin = claims.sourceRepositoryIdentifier === void 0 ? "the certificate carries no id either" : `pin this one with --expected-repository-id ${claims.sourceRepositoryIdentifier}`;
    warnings2.push({ code: "VERIFY_REPOSITORY_ID_UNPINNED", message: `the repository id was not pinned: a repository re-created as ${repository.owner}/${repository.name} would pass too; ${pin}` });
  }
  if (policy.ref) {
    const ref = required(claims, "sourceRepositoryRef");
    if (!policy.ref.test(ref)) throw mismatch("VERIFY_REF_MISMATCH", `source ref${policy.ref.glob ? " (glob)" : ""}`, policy.ref.text, ref);
    passed.push("ref");
  }
  if (policy.builder) {
    expectClaim(claims, "buildSignerUri", policy.builder.uri, "VERIFY_BUILDER_MISMATCH", "builder (the signing workflow)");
    passed.push("builder");
  }
  if (policy.builderDigest !== void 0) {
    expectClaim(claims, "buildSignerDigest", policy.builderDigest, "VERIFY_BUILDER_DIGEST_MISMATCH", "builder digest (the signing workflow's commit)");
    passed.push("builder-digest");
  }
  if (policy.runnerEnvironment !== void 0) {
    expectClaim(claims, "runnerEnvironment", policy.runnerEnvironment, "VERIFY_RUNNER_ENVIRONMENT_MISMATCH", "runner environment");
    passed.push("runner-environment");
  }
  return warnings2;
}
function required(claims, name) {
  const value = claims[name];
  if (value === void 0) throw new VerifyError("VERIFY_CERTIFICATE_CLAIM_MISSING", `the certificate does not carry ${name} (extension ${FULCIO_EXTENSIONS[name]}), so it cannot vouch for it; is it a GitHub Actions certificate?`, { expected: name });
  return value;
}
function expectClaim(claims, name, expected, code, what) {
  const found = required(claims, name);
  if (found !== expected) throw mismatch(code, `${what} in the certificate`, expected, found);
}

// packages/provenance/src/verify/check-agreement.ts
var workflow = (s) => record(record(s.predicate.buildDefinition.externalParameters)["workflow"]);
var github = (s) => record(record(s.predicate.buildDefinition.internalParameters)["github"]);
var PAIRINGS = [
  { field: "externalParameters.workflow.repository", claim: "sourceRepositoryUri", read: (s) => str(workflow(s)["repository"]) },
  { field: "externalParameters.workflow.ref", claim: "sourceRepositoryRef", read: (s) => str(workflow(s)["ref"]) },
  { field: "externalParameters.workflow (repository/path@ref)", claim: "buildConfigUri", read: (s) => workflowUri(workflow(s)) },
  { field: "resolvedDependencies (source gitCommit)", claim: "sourceRepositoryDigest", read: sourceCommit },
  { field: "runDetails.builder.id", claim: "buildSignerUri", read: (s) => str(s.predicate.runDetails.builder.id) },
  { field: "internalParameters.github.repository_id", claim: "sourceRepositoryIdentifier", read: (s) => str(github(s)["repository_id"]) },
  { field: "internalParameters.github.repository_owner_id", claim: "sourceRepositoryOwnerIdentifier", read: (s) => str(github(s)["repository_owner_id"]) },
  { field: "internalParameters.github.event_name", claim: "buildTrigger", read: (s) => str(github(s)["event_name"]) },
  { field: "internalParameters.github.runner_environment", claim: "runnerEnvironment", read: (s) => str(github(s)["runner_environment"]) },
  { field: "runDetails.metadata.invocationId", claim: "runInvocationUri", read: (s) => str(s.predicate.runDetails.metadata?.invocationId) }
];
function checkStatementAgreement(statement, claims) {
  for (const pairing of PAIRINGS) {
    const certified = required(claims, pairing.claim);
    const stated = pairing.read(statement, claims);
    if (stated !== certified) {
      throw new VerifyError("VERIFY_STATEMENT_CERTIFICATE_MISMATCH", `the statement disagrees with its certificate: ${pairing.field} says ${stated === void 0 ? "nothing" : JSON.stringify(stated)}, the certificate's ${pairing.claim} (${FULCIO_EXTENSIONS[pairing.claim]}) says ${JSON.stringify(certified)}`, { expected: certified, ...stated === void 0 ? {} : { found: stated } });
    }
  }
}
function checkKeySignedStatement(statement, policy) {
  const stated = workflow(statement);
  if (policy.repository) {
    const repository = str(stated["repository"]);
    if (repository !== policy.repository.uri) throw mismatch("VERIFY_REPOSITORY_MISMATCH", "source repository in the key-signed statement", policy.repository.uri, repository);
  }
  if (policy.ref) {
    const ref = str(stated["ref"]);
    if (ref === void 0 || !policy.ref.test(ref)) throw mismatch("VERIFY_REF_MISMATCH", `source ref in the key-signed statement${policy.ref.glob ? " (glob)" : ""}`, policy.ref.text, ref);
  }
}
function sourceCommit(statement, claims) {
  const uri = `git+${claims.sourceRepositoryUri ?? ""}@${claims.sourceRepositoryRef ?? ""}`;
  const commits = new Set((statement.predicate.buildDefinition.resolvedDependencies ?? []).filter((d) => d.uri === uri).map((d) => d.digest?.["gitCommit"]));
  return commits.size === 1 ? str([...commits][0]) : commits.size === 0 ? void 0 : `several commits for ${uri}`;
}
function workflowUri(stated) {
  const [repository, path, ref] = [str(stated["repository"]), str(stated["path"]), str(stated["ref"])];
  return repository && path && ref ? `${repository}/${path}@${ref}` : void 0;
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}

// packages/provenance/src/verify/approval-evidence.ts
var COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/u;
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/u;
function readApprovalEvidence(predicate) {
  const internal = predicate.buildDefinition.internalParameters;
  const ringfence = field(internal, APPROVAL_EVIDENCE_KEY[0]);
  const raw = field(ringfence, APPROVAL_EVIDENCE_KEY[1]);
  if (raw === void 0) throw new VerifyError("VERIFY_APPROVAL_MISSING", "approval required, but the provenance carries no approval evidence at buildDefinition.internalParameters.ringfence.approval");
  const problems = shapeProblems(raw);
  if (problems.length > 0) throw new VerifyError("VERIFY_APPROVAL_MALFORMED", `the approval evidence is not valid: ${problems.join("; ")}`);
  return raw;
}
function field(value, key) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : void 0;
}
function shapeProblems(raw) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return ["expected an object"];
  const evidence = raw;
  const problems = [];
  for (const key of ["commit", "headSha"]) {
    const value = evidence[key];
    if (typeof value !== "string" || !COMMIT.test(value)) problems.push(`${key}: expected 40 or 64 lowercase hex digits, found ${JSON.stringify(value)}`);
  }
  const policy = evidence["policyBlobSha"];
  if (policy !== null && (typeof policy !== "string" || !COMMIT.test(policy))) problems.push(`policyBlobSha: expected 40 or 64 lowercase hex digits, or null for the built-in default policy, found ${JSON.stringify(policy)}`);
  const pr = evidence["pullRequest"];
  if (typeof pr !== "number" || !Number.isSafeInteger(pr) || pr < 1) problems.push(`pullRequest: expected a positive integer, found ${JSON.stringify(pr)}`);
  const approvers = evidence["approvers"];
  if (!Array.isArray(approvers) || !approvers.every((a) => typeof a === "string" && LOGIN.test(a))) problems.push(`approvers: expected a list of GitHub logins, found ${JSON.stringify(approvers)}`);
  if (evidence["guardVerdict"] !== "allowed") problems.push(`guardVerdict: expected "allowed", found ${JSON.stringify(evidence["guardVerdict"])}`);
  problems.push(...gateSettingProblems(evidence));
  return problems;
}
function gateSettingProblems(evidence) {
  const problems = [];
  const present = (key) => evidence[key] !== void 0;
  const appId = evidence["guardAppId"];
  if (present("guardAppId") && (typeof appId !== "number" || !Number.isSafeInteger(appId) || appId < 1)) problems.push(`guardAppId: expected a positive integer, found ${JSON.stringify(appId)}`);
  const runId = evidence["guardCheckRunId"];
  if (present("guardCheckRunId") && (typeof runId !== "number" || !Number.isSafeInteger(runId) || runId < 1)) problems.push(`guardCheckRunId: expected a positive integer, found ${JSON.stringify(runId)}`);
  const org = evidence["orgPolicyBlobSha"];
  if (present("orgPolicyBlobSha") && (typeof org !== "string" || !COMMIT.test(org))) problems.push(`orgPolicyBlobSha: expected 40 or 64 lowercase hex digits, found ${JSON.stringify(org)}`);
  for (const key of ["protectedBranch", "environment"]) {
    if (present(key) && (typeof evidence[key] !== "string" || evidence[key] === "")) problems.push(`${key}: expected a non-empty string, found ${JSON.stringify(evidence[key])}`);
  }
  if (present("bypassCheck") && evidence["bypassCheck"] !== "rule-suites" && evidence["bypassCheck"] !== "off") problems.push(`bypassCheck: expected "rule-suites" or "off", found ${JSON.stringify(evidence["bypassCheck"])}`);
  return problems;
}

// packages/provenance/src/verify/check-approval.ts
function checkApproval(statement, claims, expected) {
  const source = required(claims, "sourceRepositoryUri");
  const signer = required(claims, "buildSignerUri");
  if (signer.toLowerCase().startsWith(`${source.toLowerCase()}/`)) {
    throw new VerifyError("VERIFY_APPROVAL_BUILDER_IN_SOURCE", `the approval evidence was written by ${signer}, a workflow of the source repository ${source}, which can write any evidence`, { expected: "a builder outside the source repository", found: signer });
  }
  const evidence = readApprovalEvidence(statement.predicate);
  const built = required(claims, "sourceRepositoryDigest");
  if (evidence.commit !== built) throw mismatch("VERIFY_APPROVAL_COMMIT_MISMATCH", "approved commit (the certificate's source digest is the commit built)", built, evidence.commit);
  checkGateSettings(evidence, expected);
  checkBuiltRef(required(claims, "sourceRepositoryRef"), expected.protectedBranch);
  checkEnvironment(evidence, claims, expected);
  return evidence;
}
function checkGateSettings(evidence, expected) {
  if (evidence.guardAppId !== expected.guardAppId) throw mismatch("VERIFY_APPROVAL_GUARD_APP_MISMATCH", "guard App whose check run the gate believed", String(expected.guardAppId), evidence.guardAppId === void 0 ? void 0 : String(evidence.guardAppId));
  if (evidence.protectedBranch !== expected.protectedBranch) throw mismatch("VERIFY_APPROVAL_BRANCH_MISMATCH", "protected branch the gate judged the merge into", expected.protectedBranch, evidence.protectedBranch);
  const accepted = expected.allowUncheckedBypass ? ["rule-suites", "off"] : ["rule-suites"];
  if (evidence.bypassCheck === void 0 || !accepted.includes(evidence.bypassCheck)) {
    const hint = evidence.bypassCheck === "off" ? " (the gate did not check for a ruleset bypass; accept that only with --allow-unchecked-bypass, for repositories without rulesets)" : "";
    throw new VerifyError("VERIFY_APPROVAL_BYPASS_UNCHECKED", `bypass check recorded in the approval evidence: expected ${accepted.map((a) => JSON.stringify(a)).join(" or ")}, found ${evidence.bypassCheck === void 0 ? "none" : JSON.stringify(evidence.bypassCheck)}${hint}`, { expected: accepted.join(" or "), ...evidence.bypassCheck === void 0 ? {} : { found: evidence.bypassCheck } });
  }
}
function checkBuiltRef(ref, branch) {
  if (ref === `refs/heads/${branch}` || ref.startsWith("refs/tags/")) return;
  throw new VerifyError("VERIFY_APPROVAL_REF_UNPROTECTED", `source ref in the certificate: expected refs/heads/${branch} or a tag (refs/tags/…), found ${JSON.stringify(ref)}: approved source is built from the protected branch or a tag`, { expected: `refs/heads/${branch} or refs/tags/*`, found: ref });
}
function checkEnvironment(evidence, claims, expected) {
  const certified = claims.deploymentEnvironment;
  if (certified !== void 0 && evidence.environment !== certified) throw mismatch("VERIFY_APPROVAL_ENVIRONMENT_MISMATCH", "environment in the approval evidence (the certificate's OID 1.3.6.1.4.1.57264.1.23 says)", certified, evidence.environment);
  if (expected.environment === void 0) return;
  if (evidence.environment !== expected.environment) throw mismatch("VERIFY_APPROVAL_ENVIRONMENT_MISMATCH", "environment the signing job ran in (approval evidence)", expected.environment, evidence.environment);
}

// packages/provenance/src/verify/check-signature.ts
var import_bundle2 = __toESM(require_dist2(), 1);
var import_verify = __toESM(require_dist5(), 1);
import { createPublicKey as createPublicKey3 } from "node:crypto";

// packages/provenance/src/verify/expectations.ts
var KEY_ONLY_THRESHOLDS = { tlog: 0, ctlog: 0, timestamps: 0 };

// packages/provenance/src/verify/check-signature.ts
var EMPTY_ROOT = { mediaType: "application/vnd.dev.sigstore.trustedroot+json;version=0.1", tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };
function parseBundle(json) {
  let bundle;
  try {
    bundle = (0, import_bundle2.bundleFromJSON)(typeof json === "string" ? JSON.parse(json) : json);
  } catch (error) {
    throw new VerifyError("VERIFY_BUNDLE_MALFORMED", `not a Sigstore bundle: ${error.message}`, { cause: error });
  }
  if (!(0, import_bundle2.isBundleWithDsseEnvelope)(bundle)) throw new VerifyError("VERIFY_BUNDLE_MALFORMED", "expected a bundle with a DSSE envelope (an attestation), found a message signature", { expected: "dsseEnvelope", found: "messageSignature" });
  return bundle;
}
function instanceThresholds(root) {
  return { tlog: root.tlogs.length > 0 ? 1 : 0, ctlog: root.ctlogs.length > 0 ? 1 : 0, timestamps: 1 };
}
function checkSignature(bundle, policy) {
  const keyed = policy.signer.kind === "public-key";
  if ((0, import_bundle2.isBundleWithPublicKey)(bundle) !== keyed) {
    const [expected, found] = keyed ? ["a public key", "a certificate"] : ["a certificate", "a public key"];
    throw new VerifyError("VERIFY_SIGNER_KIND_MISMATCH", `expected a bundle signed by ${expected}, found one signed by ${found}`, { expected, found });
  }
  const roots = policy.signer.trustedRoots.length > 0 ? policy.signer.trustedRoots : [EMPTY_ROOT];
  const failures = [];
  for (const root of roots) {
    try {
      return verifyWithRoot(bundle, root, policy);
    } catch (error) {
      if (!(error instanceof VerifyError)) throw error;
      failures.push(error);
    }
  }
  throw failures.reduce((furthest, next) => (STAGE[next.code] ?? 0) > (STAGE[furthest.code] ?? 0) ? next : furthest);
}
function verifyWithRoot(bundle, root, policy) {
  const thresholds = policy.thresholds ?? (policy.signer.kind === "public-key" ? KEY_ONLY_THRESHOLDS : instanceThresholds(root));
  const entries = bundle.verificationMaterial.tlogEntries.length;
  if (entries < thresholds.tlog) throw new VerifyError("VERIFY_TLOG_MISSING", `the trusted root requires ${thresholds.tlog} transparency log entr${thresholds.tlog === 1 ? "y" : "ies"}, the bundle has ${entries}`, { expected: String(thresholds.tlog), found: String(entries) });
  const key = policy.signer.kind === "public-key" ? createPublicKey3(policy.signer.publicKeyPem) : void 0;
  const keys = key ? () => ({ publicKey: key, validFor: () => true }) : {};
  let entity;
  try {
    entity = (0, import_verify.toSignedEntity)(bundle);
    return new import_verify.Verifier((0, import_verify.toTrustMaterial)(root, keys), { tlogThreshold: thresholds.tlog, ctlogThreshold: thresholds.ctlog, timestampThreshold: thresholds.timestamps }).verify(entity);
  } catch (error) {
    throw classify(error, entity, key);
  }
}
var STAGE = { VERIFY_TIMESTAMP_INVALID: 1, VERIFY_CERTIFICATE_INVALID: 2, VERIFY_TLOG_MISSING: 3, VERIFY_TLOG_INVALID: 3, VERIFY_SIGNATURE_INVALID: 4 };
var SIGSTORE_CODES = {
  TIMESTAMP_ERROR: ["VERIFY_TIMESTAMP_INVALID", "no trusted time: the bundle has no timestamp that verifies against the trusted root"],
  CERTIFICATE_ERROR: ["VERIFY_CERTIFICATE_INVALID", "the signing certificate does not chain to a trusted CA, was not valid at the signing time, or lacks a valid SCT"],
  TLOG_ERROR: ["VERIFY_TLOG_MISSING", "the bundle lacks the transparency log entry the trusted root requires"],
  TLOG_MISSING_INCLUSION_ERROR: ["VERIFY_TLOG_INVALID", "the transparency log entry has neither an inclusion proof nor a promise"],
  TLOG_INCLUSION_PROOF_ERROR: ["VERIFY_TLOG_INVALID", "the transparency log inclusion proof does not verify against the trusted root"],
  TLOG_INCLUSION_PROMISE_ERROR: ["VERIFY_TLOG_INVALID", "the transparency log inclusion promise does not verify against the trusted root"],
  SIGNATURE_ERROR: ["VERIFY_SIGNATURE_INVALID", "the signature does not verify: the payload or the signature was changed, or another key signed"],
  PUBLIC_KEY_ERROR: ["VERIFY_SIGNATURE_INVALID", "the public key is not valid at the signing time"]
};
function classify(error, entity, key) {
  const { code, message } = error;
  const detail = describe2(error);
  if (code === "TLOG_BODY_ERROR") {
    return signatureHolds(entity, key) ? new VerifyError("VERIFY_TLOG_INVALID", `the transparency log entry is for other content than this envelope (${detail})`, { cause: error }) : new VerifyError("VERIFY_SIGNATURE_INVALID", `the signature does not verify: the payload or the signature was changed after signing (${detail})`, { cause: error });
  }
  const known = typeof code === "string" ? SIGSTORE_CODES[code] : void 0;
  if (known) return new VerifyError(known[0], `${known[1]} (${detail})`, { cause: error });
  return new VerifyError("VERIFY_BUNDLE_MALFORMED", `the bundle's verification material does not parse: ${typeof message === "string" ? message : String(error)}`, { cause: error });
}
function signatureHolds(entity, key) {
  if (!entity) return false;
  const signingKey = key ?? (entity.key.$case === "certificate" ? createPublicKey3({ key: entity.key.certificate.publicKey, format: "der", type: "spki" }) : void 0);
  return signingKey !== void 0 && entity.signature.verifySignature(signingKey);
}
function describe2(error) {
  if (!(error instanceof Error)) return String(error);
  const code = error.code;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${typeof code === "string" ? `${code}: ` : ""}${error.message}${cause}`;
}

// packages/provenance/src/verify/check-statement.ts
var SHOWN_DIGESTS = 3;
function checkStatement(envelope, policy) {
  const statement = parseStatement(envelope);
  if (statement.predicateType !== policy.predicateType) throw mismatch("VERIFY_PREDICATE_TYPE_MISMATCH", "predicate type", policy.predicateType, text(statement.predicateType));
  const predicate = statement.predicate;
  const buildType = predicate?.buildDefinition?.buildType;
  if (typeof predicate?.runDetails?.builder?.id !== "string" || typeof predicate.buildDefinition?.externalParameters !== "object") {
    throw malformed2("the predicate lacks buildDefinition.externalParameters or runDetails.builder.id (SLSA provenance v1 requires both)");
  }
  if (typeof buildType !== "string" || !policy.buildTypes.includes(buildType)) throw mismatch("VERIFY_BUILD_TYPE_MISMATCH", "build type", policy.buildTypes.join(" or "), text(buildType));
  const subject2 = statement.subject.find((s) => s.digest.sha256 === policy.subjectSha256);
  if (!subject2) {
    const digests = statement.subject.map((s) => s.digest.sha256 ?? `(no sha256: ${Object.keys(s.digest).join(", ") || "empty digest set"})`);
    const shown = `${digests.slice(0, SHOWN_DIGESTS).join(", ")}${digests.length > SHOWN_DIGESTS ? ` and ${digests.length - SHOWN_DIGESTS} more` : ""}`;
    throw new VerifyError("VERIFY_SUBJECT_DIGEST_MISMATCH", `no subject of the statement has sha256 ${policy.subjectSha256}: found ${shown}`, { expected: policy.subjectSha256, found: shown });
  }
  return { statement, subject: subject2 };
}
function parseStatement(envelope) {
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw malformed2(`payload type ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  let parsed;
  try {
    parsed = JSON.parse(envelope.payload.toString("utf8"));
  } catch (error) {
    throw new VerifyError("VERIFY_STATEMENT_MALFORMED", `the signed payload is not JSON: ${error.message}`, { cause: error });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw malformed2("the payload is not a JSON object");
  const statement = parsed;
  if (statement["_type"] !== IN_TOTO_STATEMENT_V1) throw malformed2(`_type ${text(statement["_type"]) ?? "none"}, expected ${IN_TOTO_STATEMENT_V1}`);
  const subjects = statement["subject"];
  if (!Array.isArray(subjects) || subjects.length === 0) throw malformed2("the statement names no subject");
  if (!subjects.every(isSubject)) throw malformed2("a subject is not a resource descriptor with a digest set");
  if (typeof statement["predicate"] !== "object" || statement["predicate"] === null) throw malformed2("the statement has no predicate");
  return statement;
}
function isSubject(value) {
  const subject2 = value;
  return typeof subject2 === "object" && subject2 !== null && (subject2.name === void 0 || typeof subject2.name === "string") && typeof subject2.digest === "object" && subject2.digest !== null;
}
function text(value) {
  return typeof value === "string" ? value : value === void 0 ? void 0 : JSON.stringify(value);
}
function malformed2(detail) {
  return new VerifyError("VERIFY_STATEMENT_MALFORMED", `the signed statement is not SLSA provenance: ${detail}`);
}

// packages/provenance/src/verify/verify-checks.ts
var VERIFY_CHECKS = [
  "bundle",
  "signature",
  "certificate",
  "statement",
  "predicate-type",
  "build-type",
  "subject",
  "issuer",
  "identity",
  "repository",
  "repository-id",
  "ref",
  "builder",
  "builder-digest",
  "runner-environment",
  "statement-agreement",
  "approval"
];
var CHECK_OF_CODE = {
  VERIFY_BUNDLE_MALFORMED: "bundle",
  VERIFY_SIGNER_KIND_MISMATCH: "signature",
  VERIFY_TIMESTAMP_INVALID: "signature",
  VERIFY_CERTIFICATE_INVALID: "signature",
  VERIFY_TLOG_MISSING: "signature",
  VERIFY_TLOG_INVALID: "signature",
  VERIFY_SIGNATURE_INVALID: "signature",
  VERIFY_STATEMENT_MALFORMED: "statement",
  VERIFY_PREDICATE_TYPE_MISMATCH: "predicate-type",
  VERIFY_BUILD_TYPE_MISMATCH: "build-type",
  VERIFY_SUBJECT_DIGEST_MISMATCH: "subject",
  VERIFY_CERTIFICATE_CLAIM_MISSING: "certificate",
  VERIFY_ISSUER_MISMATCH: "issuer",
  VERIFY_IDENTITY_MISMATCH: "identity",
  VERIFY_REPOSITORY_MISMATCH: "repository",
  VERIFY_REPOSITORY_ID_MISMATCH: "repository-id",
  VERIFY_REF_MISMATCH: "ref",
  VERIFY_BUILDER_MISMATCH: "builder",
  VERIFY_BUILDER_DIGEST_MISMATCH: "builder-digest",
  VERIFY_RUNNER_ENVIRONMENT_MISMATCH: "runner-environment",
  VERIFY_STATEMENT_CERTIFICATE_MISMATCH: "statement-agreement",
  VERIFY_APPROVAL_MISSING: "approval",
  VERIFY_APPROVAL_MALFORMED: "approval",
  VERIFY_APPROVAL_COMMIT_MISMATCH: "approval",
  VERIFY_APPROVAL_GUARD_APP_MISMATCH: "approval",
  VERIFY_APPROVAL_BRANCH_MISMATCH: "approval",
  VERIFY_APPROVAL_BYPASS_UNCHECKED: "approval",
  VERIFY_APPROVAL_REF_UNPROTECTED: "approval",
  VERIFY_APPROVAL_ENVIRONMENT_MISMATCH: "approval",
  VERIFY_APPROVAL_KEY_SIGNED: "approval",
  VERIFY_APPROVAL_BUILDER_UNPINNED: "approval",
  VERIFY_APPROVAL_BUILDER_IN_SOURCE: "approval",
  VERIFY_APPROVAL_GATE_UNPINNED: "expectations",
  VERIFY_EXPECTATION_INVALID: "expectations",
  VERIFY_NO_ATTESTATIONS: "bundle",
  VERIFY_NO_ATTESTATION_VERIFIED: "bundle",
  VERIFY_BUNDLE_TOO_LARGE: "bundle",
  VERIFY_BUNDLE_UNAVAILABLE: "bundle"
};

// packages/provenance/src/verify/verify-provenance.ts
var VERIFY_REASON_CODE = "PROVENANCE_UNVERIFIED";
function verifyProvenance(json, policy) {
  const progress = { passed: [], warnings: [] };
  try {
    const provenance = runChecks(json, policy, progress);
    return verdict(policy, progress, { provenance });
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    const failure = { code: error.code, check: CHECK_OF_CODE[error.code], message: error.message, ...error.expected === void 0 ? {} : { expected: error.expected }, ...error.found === void 0 ? {} : { found: error.found } };
    return verdict(policy, progress, { failure });
  }
}
function runChecks(json, policy, progress) {
  const { passed } = progress;
  const bundle = parseBundle(json);
  passed.push("bundle");
  const signer = checkSignature(bundle, policy);
  passed.push("signature");
  const claims = policy.signer.kind === "certificate" ? readCertificateClaims(signer.identity ?? {}) : void 0;
  if (claims) {
    progress.certificate = claims;
    passed.push("certificate");
  }
  const { statement, subject: subject2 } = checkStatement(bundle.content.dsseEnvelope, policy);
  passed.push("statement", "predicate-type", "build-type", "subject");
  if (!claims) {
    checkKeySignedStatement(statement, policy);
    if (policy.repository) passed.push("repository");
    if (policy.ref) passed.push("ref");
    return { subject: subject2, predicate: statement.predicate };
  }
  progress.warnings.push(...checkCertificateIdentity(claims, policy, passed));
  checkStatementAgreement(statement, claims);
  passed.push("statement-agreement");
  if (policy.requireApproval) {
    if (!policy.approval) throw new VerifyError("VERIFY_APPROVAL_GATE_UNPINNED", "approval is required, but no guard App id and protected branch are expected");
    progress.approval = checkApproval(statement, claims, policy.approval);
    passed.push("approval");
  }
  return { subject: subject2, predicate: statement.predicate };
}
function verdict(policy, progress, result) {
  const { failure, provenance } = result;
  return {
    version: VERDICT_VERSION,
    control: "verify",
    outcome: failure ? "blocked" : "allowed",
    reasons: failure ? [{ code: VERIFY_REASON_CODE, message: `${failure.code}: ${failure.message}` }] : [],
    inputs: verifyInputs(policy),
    detail: {
      signer: policy.signer.kind,
      passed: progress.passed,
      ...failure ? { failure } : {},
      ...progress.certificate ? { certificate: progress.certificate } : {},
      ...provenance ? { provenance } : {},
      ...progress.approval ? { approval: progress.approval } : {},
      warnings: progress.warnings
    }
  };
}
function verifyInputs(policy) {
  const inputs = { subjectSha256: policy.subjectSha256, signer: policy.signer.kind, trustedRoots: policy.signer.trustedRoots.length };
  const given = [
    ["expectedRepository", policy.repository && `${policy.repository.owner}/${policy.repository.name}`],
    ["expectedRepositoryId", policy.repositoryId],
    ["expectedRef", policy.ref?.text],
    ["expectedBuilder", policy.builder?.ref],
    ["expectedBuilderDigest", policy.builderDigest],
    ["expectedRunnerEnvironment", policy.runnerEnvironment],
    ["expectedIssuer", policy.signer.kind === "certificate" ? policy.signer.issuer : void 0],
    ["expectedIdentity", policy.signer.kind === "certificate" ? policy.signer.identity : void 0]
  ];
  for (const [name, value] of given) if (value !== void 0) inputs[name] = value;
  if (policy.requireApproval) inputs["requireApproval"] = true;
  if (policy.approval) {
    inputs["expectedGuardAppId"] = policy.approval.guardAppId;
    inputs["expectedProtectedBranch"] = policy.approval.protectedBranch;
    if (policy.approval.allowUncheckedBypass) inputs["allowUncheckedBypass"] = true;
    if (policy.approval.environment !== void 0) inputs["expectedEnvironment"] = policy.approval.environment;
  }
  return inputs;
}

// packages/provenance/src/verify/verify-bundle-generic.ts
var import_bundle3 = __toESM(require_dist2(), 1);
var import_protobuf_specs = __toESM(require_dist(), 1);
var import_verify2 = __toESM(require_dist5(), 1);
import { createPublicKey as createPublicKey4, timingSafeEqual } from "node:crypto";
function verifyBundleGeneric(json, options) {
  const { artifact, signer } = options;
  if (!SHA256_HEX.test(artifact.sha256)) throw new VerifyError("VERIFY_SUBJECT_DIGEST_MISMATCH", `the artifact digest must be 64 lowercase hex digits, got ${JSON.stringify(artifact.sha256)}`);
  if (options.trustedRoots.length === 0) throw new VerifyError("VERIFY_CERTIFICATE_INVALID", "no trusted root to verify against");
  const bundle = parse(json);
  const keyed = signer.kind === "public-key";
  if ((0, import_bundle3.isBundleWithPublicKey)(bundle) !== keyed) {
    const [expected, found] = keyed ? ["a public key", "a certificate"] : ["a certificate", "a public key"];
    throw new VerifyError("VERIFY_SIGNER_KIND_MISMATCH", `expected a bundle signed by ${expected}, found one signed by ${found}`, { expected, found });
  }
  checkContent(bundle, artifact);
  const verified = verifyCryptographically(bundle, options);
  if (signer.kind === "public-key") return { content: bundle.content.$case };
  const claims = readCertificateClaims(verified.identity ?? {});
  if (claims.subjectAlternativeName !== signer.identity) throw mismatch("VERIFY_IDENTITY_MISMATCH", "the certificate's identity (subject alternative name)", signer.identity, claims.subjectAlternativeName);
  if (claims.issuer !== signer.issuer) throw mismatch("VERIFY_ISSUER_MISMATCH", "the certificate's OIDC issuer", signer.issuer, claims.issuer);
  return { content: bundle.content.$case, subjectAlternativeName: claims.subjectAlternativeName, issuer: claims.issuer };
}
function parse(json) {
  try {
    return (0, import_bundle3.bundleFromJSON)(typeof json === "string" ? JSON.parse(json) : json);
  } catch (error) {
    throw new VerifyError("VERIFY_BUNDLE_MALFORMED", `not a Sigstore bundle: ${error.message}`, { cause: error });
  }
}
function checkContent(bundle, artifact) {
  const expected = Buffer.from(artifact.sha256, "hex");
  if (bundle.content.$case === "messageSignature") {
    const { messageDigest } = bundle.content.messageSignature;
    if (messageDigest.algorithm !== import_protobuf_specs.HashAlgorithm.SHA2_256) throw new VerifyError("VERIFY_BUNDLE_MALFORMED", `the message signature's digest is ${import_protobuf_specs.HashAlgorithm[messageDigest.algorithm]}, only SHA2_256 is supported`);
    if (!sameBytes(messageDigest.digest, expected)) throw mismatch("VERIFY_SUBJECT_DIGEST_MISMATCH", "the message signature's digest", artifact.sha256, messageDigest.digest.toString("hex"));
    if (!artifact.bytes) throw new VerifyError("VERIFY_SIGNATURE_INVALID", "a message signature is made over the artifact itself: give the file, not its digest, so that the signature can be checked");
    return;
  }
  const { payloadType, payload } = bundle.content.dsseEnvelope;
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) throw mismatch("VERIFY_STATEMENT_MALFORMED", "the DSSE envelope's payload type", IN_TOTO_PAYLOAD_TYPE, payloadType);
  let statement;
  try {
    statement = JSON.parse(payload.toString("utf8"));
  } catch (error) {
    throw new VerifyError("VERIFY_STATEMENT_MALFORMED", `the DSSE payload is not JSON: ${error.message}`, { cause: error });
  }
  const subjects = statement.subject;
  if (!Array.isArray(subjects)) throw new VerifyError("VERIFY_STATEMENT_MALFORMED", "the in-toto statement has no subject list");
  const digests = subjects.map((subject2) => subject2?.digest?.sha256).filter((digest) => typeof digest === "string");
  if (!digests.some((digest) => digest.toLowerCase() === artifact.sha256)) {
    throw new VerifyError("VERIFY_SUBJECT_DIGEST_MISMATCH", `no subject of the statement has the artifact's sha256 ${artifact.sha256} (found ${digests.length === 0 ? "none" : digests.join(", ")})`, { expected: artifact.sha256, found: digests.join(",") });
  }
}
function verifyCryptographically(bundle, options) {
  const { signer, artifact } = options;
  const key = signer.kind === "public-key" ? publicKey(signer.publicKeyPem) : void 0;
  const keys = key ? () => ({ publicKey: key, validFor: () => true }) : {};
  const reasons = [];
  const codes = /* @__PURE__ */ new Set();
  for (const [index, root] of options.trustedRoots.entries()) {
    const thresholds = key ? KEY_ONLY_THRESHOLDS : instanceThresholds(root);
    try {
      const entity = (0, import_verify2.toSignedEntity)(bundle, artifact.bytes);
      return new import_verify2.Verifier((0, import_verify2.toTrustMaterial)(root, keys), { tlogThreshold: thresholds.tlog, ctlogThreshold: thresholds.ctlog, timestampThreshold: thresholds.timestamps }).verify(entity);
    } catch (error) {
      reasons.push(`${options.trustedRoots.length > 1 ? `root ${index + 1}: ` : ""}${describe3(error)}`);
      codes.add(codeOf(error));
    }
  }
  const [code] = codes.size === 1 ? [...codes] : ["VERIFY_SIGNATURE_INVALID"];
  throw new VerifyError(code, `the bundle does not verify against the trusted root${options.trustedRoots.length > 1 ? "s" : ""}: ${reasons.join("; ")}`);
}
var SIGSTORE_CODES2 = {
  TIMESTAMP_ERROR: "VERIFY_TIMESTAMP_INVALID",
  CERTIFICATE_ERROR: "VERIFY_CERTIFICATE_INVALID",
  TLOG_ERROR: "VERIFY_TLOG_MISSING",
  TLOG_MISSING_INCLUSION_ERROR: "VERIFY_TLOG_INVALID",
  TLOG_INCLUSION_PROOF_ERROR: "VERIFY_TLOG_INVALID",
  TLOG_INCLUSION_PROMISE_ERROR: "VERIFY_TLOG_INVALID",
  // The log recorded other content than the bundle's: most often a payload or signature changed after signing.
  TLOG_BODY_ERROR: "VERIFY_SIGNATURE_INVALID",
  SIGNATURE_ERROR: "VERIFY_SIGNATURE_INVALID",
  PUBLIC_KEY_ERROR: "VERIFY_SIGNATURE_INVALID"
};
function codeOf(error) {
  const code = error?.code;
  return (typeof code === "string" ? SIGSTORE_CODES2[code] : void 0) ?? "VERIFY_BUNDLE_MALFORMED";
}
function publicKey(pem) {
  try {
    return createPublicKey4(pem);
  } catch (error) {
    throw new VerifyError("VERIFY_SIGNATURE_INVALID", `the expected public key does not parse: ${error.message}`, { cause: error });
  }
}
function sameBytes(a, b) {
  return a.length === b.length && timingSafeEqual(a, b);
}
function describe3(error) {
  if (!(error instanceof Error)) return String(error);
  const code = error.code;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${typeof code === "string" ? `${code}: ` : ""}${error.message}${cause}`;
}

// packages/provenance/src/verify/verify-attestations.ts
var MAX_ATTESTATIONS = 30;
var MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
function verifyAttestations(list, policy, limits) {
  const outcomes = [];
  for (const [position, record2] of list.attestations.entries()) {
    const index = position + 1;
    const unusable = unusableReason(record2, limits);
    if (unusable) {
      outcomes.push({ index, ...unusable });
      continue;
    }
    const verdict2 = verifyProvenance(record2.bundle, policy);
    if (verdict2.outcome === "allowed") return withCandidates(verdict2, outcomes, index, list);
    const failure = verdict2.detail.failure;
    outcomes.push({ index, code: failure.code, message: failure.message });
  }
  return refused(list, policy, outcomes);
}
function unusableReason(record2, limits) {
  if (record2.bundle === void 0 || record2.bundle === null) {
    const url = record2.bundleUrl?.split("?")[0];
    const detail = record2.bundleProblem ?? (url === void 0 ? void 0 : "not read");
    return { code: "VERIFY_BUNDLE_UNAVAILABLE", message: url === void 0 ? "no bundle in the listing" : `the bundle listed by URL (${url}) could not be read: ${detail}` };
  }
  if (record2.bundleBytes > limits.maxBundleBytes) return { code: "VERIFY_BUNDLE_TOO_LARGE", message: `the bundle has ${record2.bundleBytes} bytes, more than the ${limits.maxBundleBytes} allowed` };
  return void 0;
}
function withCandidates(verdict2, outcomes, index, list) {
  return { ...verdict2, inputs: { ...verdict2.inputs, attestationsFrom: list.origin, attestationsListed: list.attestations.length, attestationVerified: index }, detail: { ...verdict2.detail, candidates: outcomes } };
}
function refused(list, policy, outcomes) {
  const code = outcomes.length === 0 ? "VERIFY_NO_ATTESTATIONS" : "VERIFY_NO_ATTESTATION_VERIFIED";
  const more = list.more ? `; more exist than the ${list.attestations.length} read, and were not tried` : "";
  const message = outcomes.length === 0 ? `no attestation of sha256:${policy.subjectSha256} with predicate type ${policy.predicateType} in ${list.origin}` : `none of the ${outcomes.length} attestation(s) of sha256:${policy.subjectSha256} in ${list.origin} verified${more}: ${outcomes.map((o) => `#${o.index} ${o.code}: ${o.message}`).join("; ")}`;
  return {
    version: VERDICT_VERSION,
    control: "verify",
    outcome: "blocked",
    reasons: [{ code: VERIFY_REASON_CODE, message: `${code}: ${message}` }],
    inputs: { ...verifyInputs(policy), attestationsFrom: list.origin, attestationsListed: list.attestations.length },
    detail: { signer: policy.signer.kind, passed: [], failure: { code, check: "bundle", message }, candidates: outcomes, warnings: [] }
  };
}
async function verifyFromSource(deps, policy, limits) {
  const list = await deps.source.listAttestations({ subjectSha256: policy.subjectSha256, predicateType: policy.predicateType });
  return verifyAttestations(list, policy, limits);
}

// packages/provenance/src/verify/tuf-source.ts
var PUBLIC_GOOD_TUF_MIRROR = "https://tuf-repo-cdn.sigstore.dev";
var STAGING_TUF_MIRROR = "https://tuf-repo-cdn.sigstage.dev";
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "[::1]", "localhost"]);
function resolveTufSource(options) {
  const mirrorUrl = (options.mirrorUrl ?? PUBLIC_GOOD_TUF_MIRROR).replace(/\/+$/u, "");
  let url;
  try {
    url = new URL(mirrorUrl);
  } catch (error) {
    throw invalid3(`the TUF mirror must be a URL such as ${PUBLIC_GOOD_TUF_MIRROR}, not ${JSON.stringify(options.mirrorUrl)}`, error);
  }
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) throw invalid3(`the TUF mirror must be https (http only on loopback), not ${JSON.stringify(shown)}`);
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") throw invalid3(`the TUF mirror must be a plain URL without credentials, query or fragment, not ${JSON.stringify(shown)}…`);
  if (options.rootPath === void 0 && mirrorUrl !== PUBLIC_GOOD_TUF_MIRROR) {
    throw invalid3(`no initial root.json is embedded for the TUF mirror ${mirrorUrl} (only for ${PUBLIC_GOOD_TUF_MIRROR}): give the mirror's root.json, obtained out of band, as the TUF root`);
  }
  if (options.cacheDir.trim() === "") throw invalid3("the TUF cache directory is empty");
  return { mirrorUrl, rootPath: options.rootPath, cacheDir: options.cacheDir, retries: options.retries ?? 2, timeoutMs: options.timeoutMs ?? 1e4 };
}
function invalid3(message, cause) {
  return new ProvenanceError("PROVENANCE_TUF_SOURCE_INVALID", message, cause === void 0 ? {} : { cause });
}

// packages/provenance/src/sign/keyless-signer.ts
var import_sign3 = __toESM(require_dist4(), 1);

// packages/provenance/src/verify/verify-bundle.ts
var import_bundle4 = __toESM(require_dist2(), 1);
var import_verify3 = __toESM(require_dist5(), 1);

// packages/provenance/src/verify/trusted-root.ts
var import_protobuf_specs2 = __toESM(require_dist(), 1);
import { readFile as readFile2 } from "node:fs/promises";
function parseTrustedRoot(json, origin = "trusted root") {
  let root;
  try {
    root = import_protobuf_specs2.TrustedRoot.fromJSON(json);
  } catch (error) {
    throw new ProvenanceError("PROVENANCE_TRUSTED_ROOT_INVALID", `${origin} is not a Sigstore trusted root: ${error.message}`, { cause: error });
  }
  if (root.certificateAuthorities.length + root.tlogs.length + root.timestampAuthorities.length === 0) {
    throw new ProvenanceError("PROVENANCE_TRUSTED_ROOT_INVALID", `${origin} trusts no certificate authority, log or timestamp authority`);
  }
  return root;
}
async function loadTrustedRoots(file) {
  let text2;
  try {
    text2 = await readFile2(file, "utf8");
  } catch (error) {
    throw new ProvenanceError("PROVENANCE_TRUSTED_ROOT_INVALID", `trusted root ${file} could not be read: ${error.message}`, { cause: error, location: { file } });
  }
  return parseTrustedRootsText(text2, file);
}
function parseTrustedRootsText(text2, file = "trusted root") {
  try {
    return [parseTrustedRoot(JSON.parse(text2), file)];
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
  }
  const lines = text2.split("\n").map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== "");
  if (lines.length === 0) throw new ProvenanceError("PROVENANCE_TRUSTED_ROOT_INVALID", `trusted root ${file} is empty`, { location: { file } });
  return lines.map(({ line, number }) => {
    let json;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new ProvenanceError("PROVENANCE_TRUSTED_ROOT_INVALID", `${file}:${number}: neither a JSON document nor JSON Lines of trusted roots: ${error.message}`, { cause: error, location: { file, line: number } });
    }
    return parseTrustedRoot(json, `${file}:${number}`);
  });
}

// packages/provenance/src/verify/tuf-trusted-root.ts
import { access } from "node:fs/promises";
var TRUSTED_ROOT_TARGET = "trusted_root.json";
var TUF_STEP = {
  TUF_INIT_CACHE_ERROR: "the TUF cache could not be initialised",
  TUF_REFRESH_METADATA_ERROR: "the TUF metadata (root, timestamp, snapshot, targets) could not be refreshed and verified",
  TUF_FIND_TARGET_ERROR: `the signed targets metadata lists no ${TRUSTED_ROOT_TARGET}`,
  TUF_DOWNLOAD_TARGET_ERROR: `${TRUSTED_ROOT_TARGET} could not be downloaded with the length and hashes the targets metadata signs`,
  TUF_READ_TARGET_ERROR: `the cached ${TRUSTED_ROOT_TARGET} could not be read`
};
async function fetchTrustedRootFromTuf(options) {
  const source = resolveTufSource(options);
  if (source.rootPath !== void 0) {
    await access(source.rootPath).catch((error) => {
      throw new ProvenanceError("PROVENANCE_TUF_SOURCE_INVALID", `the TUF root ${source.rootPath} cannot be read (${error.code ?? String(error)})`, { cause: error, location: { file: source.rootPath } });
    });
  }
  let client;
  try {
    const tuf = await import("./dist-RYX7FDZV.js");
    const { initTUF } = "initTUF" in tuf ? tuf : tuf.default;
    client = await initTUF({
      mirrorURL: source.mirrorUrl,
      cachePath: source.cacheDir,
      forceInit: true,
      retry: { retries: source.retries },
      timeout: source.timeoutMs,
      ...source.rootPath === void 0 ? {} : { rootPath: source.rootPath }
    });
  } catch (error) {
    throw refreshFailed(source.mirrorUrl, error, "TUF_REFRESH_METADATA_ERROR");
  }
  let text2;
  try {
    text2 = await client.getTarget(TRUSTED_ROOT_TARGET);
  } catch (error) {
    throw refreshFailed(source.mirrorUrl, error);
  }
  const origin = `${TRUSTED_ROOT_TARGET} from ${source.mirrorUrl}`;
  try {
    return parseTrustedRoot(JSON.parse(text2), origin);
  } catch (error) {
    if (error instanceof ProvenanceError) throw error;
    throw new ProvenanceError("PROVENANCE_TRUSTED_ROOT_INVALID", `${origin} is not JSON: ${error.message}`, { cause: error });
  }
}
function refreshFailed(mirrorUrl, error, step) {
  return new ProvenanceError("PROVENANCE_TUF_REFRESH_FAILED", `no trusted root from the TUF mirror ${mirrorUrl}: ${describeTufFailure(error, step)}`, { cause: error });
}
function describeTufFailure(error, step) {
  const parts = [];
  let current = error;
  if (isTufError(current)) {
    parts.push(TUF_STEP[current.code] ?? current.message);
    current = current.cause;
  } else if (step !== void 0) {
    parts.push(TUF_STEP[step] ?? step);
  }
  for (let depth = 0; current !== void 0 && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? `${errorClass(current)}: ${current.message}` : JSON.stringify(current));
    current = current instanceof Error ? current.cause : void 0;
  }
  return parts.join(": ") || "unknown error";
}
function isTufError(error) {
  const code = error instanceof Error ? error.code : void 0;
  return typeof code === "string" && code.startsWith("TUF_");
}
function errorClass(error) {
  const constructorName = error.constructor.name.replace(/\d+$/u, "");
  return error.name === "Error" && constructorName !== "" ? constructorName : error.name;
}

// packages/provenance/src/schema/verdict-detail-schemas.ts
var warnings = { type: "array", items: { type: "object", additionalProperties: false, required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } };
var sha = { type: "string", pattern: "^(?:[0-9a-f]{40}|[0-9a-f]{64})$" };
var subject = {
  type: "object",
  additionalProperties: false,
  required: ["name", "digest"],
  properties: { name: { type: "string" }, digest: { type: "object", additionalProperties: false, required: ["sha256"], properties: { sha256: { type: "string", pattern: "^[0-9a-f]{64}$" } } } }
};
var approval = {
  type: "object",
  required: ["commit", "pullRequest", "headSha", "approvers", "guardVerdict", "policyBlobSha"],
  properties: {
    commit: sha,
    pullRequest: { type: "integer", minimum: 1 },
    headSha: sha,
    approvers: { type: "array", items: { type: "string" } },
    guardVerdict: { const: "allowed" },
    policyBlobSha: { anyOf: [sha, { type: "null" }] },
    orgPolicyBlobSha: sha,
    protectedBranch: { type: "string" },
    guardCheckRunId: { type: "integer" },
    guardAppId: { type: "integer" },
    bypassCheck: { enum: ["rule-suites", "off"] },
    environment: { type: "string" }
  }
};
var checkName = { enum: [...VERIFY_CHECKS] };
var verifyCode = { enum: Object.keys(CHECK_OF_CODE) };
var verifyDetailSchema = {
  type: "object",
  additionalProperties: false,
  required: ["signer", "passed", "warnings"],
  properties: {
    signer: { enum: ["certificate", "public-key"] },
    passed: { type: "array", items: checkName },
    failure: {
      type: "object",
      additionalProperties: false,
      required: ["code", "check", "message"],
      properties: { code: verifyCode, check: { enum: [...VERIFY_CHECKS, "expectations"] }, message: { type: "string" }, expected: { type: "string" }, found: { type: "string" } }
    },
    certificate: { type: "object", additionalProperties: false, properties: Object.fromEntries(["subjectAlternativeName", ...Object.keys(FULCIO_EXTENSIONS)].map((name) => [name, { type: "string" }])) },
    provenance: { type: "object", additionalProperties: false, required: ["subject", "predicate"], properties: { subject, predicate: { type: "object", required: ["buildDefinition", "runDetails"], properties: { buildDefinition: { type: "object" }, runDetails: { type: "object" } } } } },
    approval,
    candidates: { type: "array", items: { type: "object", additionalProperties: false, required: ["index", "code", "message"], properties: { index: { type: "integer", minimum: 1 }, code: verifyCode, message: { type: "string" } } } },
    warnings
  }
};

export {
  digestFile,
  collectSubjects,
  buildProvenanceStatement,
  publicKeyHint,
  createKeySigner,
  localKeyHolder,
  signStatement,
  loadTrustedRoots,
  VerifyError,
  compileVerifyPolicy,
  verifyProvenance,
  verifyBundleGeneric,
  MAX_ATTESTATIONS,
  MAX_BUNDLE_BYTES,
  verifyFromSource,
  STAGING_TUF_MIRROR,
  fetchTrustedRootFromTuf
};
