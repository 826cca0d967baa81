import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);
import {
  commandName,
  isShell,
  parseShell
} from "./chunk-VXECP6A4.js";
import {
  statInput
} from "./chunk-GE4CN7KY.js";
import {
  RESERVED_ENV,
  RESERVED_ENV_SOURCE,
  overrideUnresolved,
  reservedEnv
} from "./chunk-WXDG642Z.js";
import {
  LIMITS,
  LimitError,
  formatLimit
} from "./chunk-AUYTHOBX.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7KY5IGMZ.js";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range3) {
        this.value = value;
        this.range = range3;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range3, jsonRange) {
        super(value, range3);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/umd/main.js
var require_main = __commonJS({
  "node_modules/vscode-languageserver-types/lib/umd/main.js"(exports, module) {
    (function(factory) {
      if (typeof module === "object" && typeof module.exports === "object") {
        var v = factory(__require, exports);
        if (v !== void 0) module.exports = v;
      } else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
      }
    })(function(require2, exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", { value: true });
      exports2.TextDocument = exports2.EOL = exports2.WorkspaceFolder = exports2.InlineCompletionContext = exports2.SelectedCompletionInfo = exports2.InlineCompletionTriggerKind = exports2.InlineCompletionList = exports2.InlineCompletionItem = exports2.StringValue = exports2.InlayHint = exports2.InlayHintLabelPart = exports2.InlayHintKind = exports2.InlineValueContext = exports2.InlineValueEvaluatableExpression = exports2.InlineValueVariableLookup = exports2.InlineValueText = exports2.SemanticTokens = exports2.SemanticTokenModifiers = exports2.SemanticTokenTypes = exports2.SelectionRange = exports2.DocumentLink = exports2.FormattingOptions = exports2.CodeLens = exports2.CodeAction = exports2.CodeActionTag = exports2.CodeActionContext = exports2.CodeActionTriggerKind = exports2.CodeActionKind = exports2.DocumentSymbol = exports2.WorkspaceSymbol = exports2.SymbolInformation = exports2.SymbolTag = exports2.SymbolKind = exports2.DocumentHighlight = exports2.DocumentHighlightKind = exports2.SignatureInformation = exports2.ParameterInformation = exports2.Hover = exports2.MarkedString = exports2.CompletionList = exports2.CompletionItem = exports2.CompletionItemLabelDetails = exports2.ApplyKind = exports2.InsertTextMode = exports2.InsertReplaceEdit = exports2.CompletionItemTag = exports2.InsertTextFormat = exports2.CompletionItemKind = exports2.MarkupContent = exports2.MarkupKind = exports2.TextDocumentItem = exports2.LanguageKind = exports2.OptionalVersionedTextDocumentIdentifier = exports2.VersionedTextDocumentIdentifier = exports2.TextDocumentIdentifier = exports2.WorkspaceChange = exports2.SnippetTextEdit = exports2.WorkspaceEdit = exports2.DeleteFile = exports2.RenameFile = exports2.CreateFile = exports2.TextDocumentEdit = exports2.AnnotatedTextEdit = exports2.ChangeAnnotationIdentifier = exports2.ChangeAnnotation = exports2.TextEdit = exports2.Command = exports2.Diagnostic = exports2.CodeDescription = exports2.DiagnosticTag = exports2.DiagnosticSeverity = exports2.DiagnosticRelatedInformation = exports2.FoldingRange = exports2.FoldingRangeKind = exports2.ColorPresentation = exports2.ColorInformation = exports2.Color = exports2.LocationLink = exports2.Location = exports2.Range = exports2.Position = exports2.uinteger = exports2.integer = exports2.URI = exports2.DocumentUri = void 0;
      var DocumentUri;
      (function(DocumentUri2) {
        function is(value) {
          return typeof value === "string";
        }
        DocumentUri2.is = is;
      })(DocumentUri || (exports2.DocumentUri = DocumentUri = {}));
      var URI;
      (function(URI2) {
        function is(value) {
          return typeof value === "string";
        }
        URI2.is = is;
      })(URI || (exports2.URI = URI = {}));
      var integer;
      (function(integer2) {
        integer2.MIN_VALUE = -2147483648;
        integer2.MAX_VALUE = 2147483647;
        function is(value) {
          return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
        }
        integer2.is = is;
      })(integer || (exports2.integer = integer = {}));
      var uinteger;
      (function(uinteger2) {
        uinteger2.MIN_VALUE = 0;
        uinteger2.MAX_VALUE = 2147483647;
        function is(value) {
          return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
        }
        uinteger2.is = is;
      })(uinteger || (exports2.uinteger = uinteger = {}));
      var Position;
      (function(Position2) {
        function create(line, character) {
          if (line === Number.MAX_VALUE) {
            line = uinteger.MAX_VALUE;
          }
          if (character === Number.MAX_VALUE) {
            character = uinteger.MAX_VALUE;
          }
          return { line, character };
        }
        Position2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position2.is = is;
      })(Position || (exports2.Position = Position = {}));
      var Range;
      (function(Range2) {
        function create(one2, two, three, four) {
          if (Is.uinteger(one2) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
            return { start: Position.create(one2, two), end: Position.create(three, four) };
          } else if (Position.is(one2) && Position.is(two)) {
            return { start: one2, end: two };
          } else {
            throw new Error("Range#create called with invalid arguments[".concat(one2, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
          }
        }
        Range2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range2.is = is;
      })(Range || (exports2.Range = Range = {}));
      var Location;
      (function(Location2) {
        function create(uri, range3) {
          return { uri, range: range3 };
        }
        Location2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location2.is = is;
      })(Location || (exports2.Location = Location = {}));
      var LocationLink;
      (function(LocationLink2) {
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
          return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
        }
        LocationLink2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink2.is = is;
      })(LocationLink || (exports2.LocationLink = LocationLink = {}));
      var Color;
      (function(Color2) {
        function create(red, green, blue, alpha) {
          return {
            red,
            green,
            blue,
            alpha
          };
        }
        Color2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color2.is = is;
      })(Color || (exports2.Color = Color = {}));
      var ColorInformation;
      (function(ColorInformation2) {
        function create(range3, color) {
          return {
            range: range3,
            color
          };
        }
        ColorInformation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation2.is = is;
      })(ColorInformation || (exports2.ColorInformation = ColorInformation = {}));
      var ColorPresentation;
      (function(ColorPresentation2) {
        function create(label, textEdit, additionalTextEdits) {
          return {
            label,
            textEdit,
            additionalTextEdits
          };
        }
        ColorPresentation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation2.is = is;
      })(ColorPresentation || (exports2.ColorPresentation = ColorPresentation = {}));
      var FoldingRangeKind;
      (function(FoldingRangeKind2) {
        FoldingRangeKind2.Comment = "comment";
        FoldingRangeKind2.Imports = "imports";
        FoldingRangeKind2.Region = "region";
      })(FoldingRangeKind || (exports2.FoldingRangeKind = FoldingRangeKind = {}));
      var FoldingRange;
      (function(FoldingRange2) {
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
          var result = {
            startLine,
            endLine
          };
          if (Is.defined(startCharacter)) {
            result.startCharacter = startCharacter;
          }
          if (Is.defined(endCharacter)) {
            result.endCharacter = endCharacter;
          }
          if (Is.defined(kind)) {
            result.kind = kind;
          }
          if (Is.defined(collapsedText)) {
            result.collapsedText = collapsedText;
          }
          return result;
        }
        FoldingRange2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange2.is = is;
      })(FoldingRange || (exports2.FoldingRange = FoldingRange = {}));
      var DiagnosticRelatedInformation;
      (function(DiagnosticRelatedInformation2) {
        function create(location, message) {
          return {
            location,
            message
          };
        }
        DiagnosticRelatedInformation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation2.is = is;
      })(DiagnosticRelatedInformation || (exports2.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
      var DiagnosticSeverity;
      (function(DiagnosticSeverity2) {
        DiagnosticSeverity2.Error = 1;
        DiagnosticSeverity2.Warning = 2;
        DiagnosticSeverity2.Information = 3;
        DiagnosticSeverity2.Hint = 4;
      })(DiagnosticSeverity || (exports2.DiagnosticSeverity = DiagnosticSeverity = {}));
      var DiagnosticTag;
      (function(DiagnosticTag2) {
        DiagnosticTag2.Unnecessary = 1;
        DiagnosticTag2.Deprecated = 2;
      })(DiagnosticTag || (exports2.DiagnosticTag = DiagnosticTag = {}));
      var CodeDescription;
      (function(CodeDescription2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription2.is = is;
      })(CodeDescription || (exports2.CodeDescription = CodeDescription = {}));
      var Diagnostic;
      (function(Diagnostic2) {
        function create(range3, message, severity, code, source, relatedInformation) {
          var result = { range: range3, message };
          if (Is.defined(severity)) {
            result.severity = severity;
          }
          if (Is.defined(code)) {
            result.code = code;
          }
          if (Is.defined(source)) {
            result.source = source;
          }
          if (Is.defined(relatedInformation)) {
            result.relatedInformation = relatedInformation;
          }
          return result;
        }
        Diagnostic2.create = create;
        function is(value) {
          var _a;
          var candidate = value;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic2.is = is;
        function is3_17(value) {
          return Is.string(value.message);
        }
        Diagnostic2.is3_17 = is3_17;
        function getMessageString(diagnostic) {
          if (Is.string(diagnostic.message)) {
            return diagnostic.message;
          } else if (MarkupContent.is(diagnostic.message)) {
            return diagnostic.message.value;
          } else {
            throw new Error("Unknown message type ".concat(typeof diagnostic.message));
          }
        }
        Diagnostic2.getMessageString = getMessageString;
      })(Diagnostic || (exports2.Diagnostic = Diagnostic = {}));
      var Command;
      (function(Command2) {
        function create(title, command) {
          var args = [];
          for (var _i = 2; _i < arguments.length; _i++) {
            args[_i - 2] = arguments[_i];
          }
          var result = { title, command };
          if (Is.defined(args) && args.length > 0) {
            result.arguments = args;
          }
          return result;
        }
        Command2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command2.is = is;
      })(Command || (exports2.Command = Command = {}));
      var TextEdit;
      (function(TextEdit2) {
        function replace(range3, newText) {
          return { range: range3, newText };
        }
        TextEdit2.replace = replace;
        function insert(position, newText) {
          return { range: { start: position, end: position }, newText };
        }
        TextEdit2.insert = insert;
        function del(range3) {
          return { range: range3, newText: "" };
        }
        TextEdit2.del = del;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
        }
        TextEdit2.is = is;
      })(TextEdit || (exports2.TextEdit = TextEdit = {}));
      var ChangeAnnotation;
      (function(ChangeAnnotation2) {
        function create(label, needsConfirmation, description) {
          var result = { label };
          if (needsConfirmation !== void 0) {
            result.needsConfirmation = needsConfirmation;
          }
          if (description !== void 0) {
            result.description = description;
          }
          return result;
        }
        ChangeAnnotation2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
        }
        ChangeAnnotation2.is = is;
      })(ChangeAnnotation || (exports2.ChangeAnnotation = ChangeAnnotation = {}));
      var ChangeAnnotationIdentifier;
      (function(ChangeAnnotationIdentifier2) {
        function is(value) {
          var candidate = value;
          return Is.string(candidate);
        }
        ChangeAnnotationIdentifier2.is = is;
      })(ChangeAnnotationIdentifier || (exports2.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
      var AnnotatedTextEdit;
      (function(AnnotatedTextEdit2) {
        function replace(range3, newText, annotation) {
          return { range: range3, newText, annotationId: annotation };
        }
        AnnotatedTextEdit2.replace = replace;
        function insert(position, newText, annotation) {
          return { range: { start: position, end: position }, newText, annotationId: annotation };
        }
        AnnotatedTextEdit2.insert = insert;
        function del(range3, annotation) {
          return { range: range3, newText: "", annotationId: annotation };
        }
        AnnotatedTextEdit2.del = del;
        function is(value) {
          var candidate = value;
          return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit2.is = is;
      })(AnnotatedTextEdit || (exports2.AnnotatedTextEdit = AnnotatedTextEdit = {}));
      var TextDocumentEdit;
      (function(TextDocumentEdit2) {
        function create(textDocument, edits) {
          return { textDocument, edits };
        }
        TextDocumentEdit2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
        }
        TextDocumentEdit2.is = is;
      })(TextDocumentEdit || (exports2.TextDocumentEdit = TextDocumentEdit = {}));
      var CreateFile;
      (function(CreateFile2) {
        function create(uri, options, annotation) {
          var result = {
            kind: "create",
            uri
          };
          if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        CreateFile2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile2.is = is;
      })(CreateFile || (exports2.CreateFile = CreateFile = {}));
      var RenameFile;
      (function(RenameFile2) {
        function create(oldUri, newUri, options, annotation) {
          var result = {
            kind: "rename",
            oldUri,
            newUri
          };
          if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        RenameFile2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile2.is = is;
      })(RenameFile || (exports2.RenameFile = RenameFile = {}));
      var DeleteFile;
      (function(DeleteFile2) {
        function create(uri, options, annotation) {
          var result = {
            kind: "delete",
            uri
          };
          if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        DeleteFile2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile2.is = is;
      })(DeleteFile || (exports2.DeleteFile = DeleteFile = {}));
      var WorkspaceEdit;
      (function(WorkspaceEdit2) {
        function is(value) {
          var candidate = value;
          return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every(function(change) {
            if (Is.string(change.kind)) {
              return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
            } else {
              return TextDocumentEdit.is(change);
            }
          }));
        }
        WorkspaceEdit2.is = is;
      })(WorkspaceEdit || (exports2.WorkspaceEdit = WorkspaceEdit = {}));
      var TextEditChangeImpl = (
        /** @class */
        (function() {
          function TextEditChangeImpl2(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
          }
          TextEditChangeImpl2.prototype.insert = function(position, newText, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.insert(position, newText);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.insert(position, newText, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.replace = function(range3, newText, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.replace(range3, newText);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.replace(range3, newText, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.replace(range3, newText, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.delete = function(range3, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.del(range3);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.del(range3, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.del(range3, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.add = function(edit) {
            this.edits.push(edit);
          };
          TextEditChangeImpl2.prototype.all = function() {
            return this.edits;
          };
          TextEditChangeImpl2.prototype.clear = function() {
            this.edits.splice(0, this.edits.length);
          };
          TextEditChangeImpl2.prototype.assertChangeAnnotations = function(value) {
            if (value === void 0) {
              throw new Error("Text edit change is not configured to manage change annotations.");
            }
          };
          return TextEditChangeImpl2;
        })()
      );
      var SnippetTextEdit;
      (function(SnippetTextEdit2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit2.is = is;
      })(SnippetTextEdit || (exports2.SnippetTextEdit = SnippetTextEdit = {}));
      var ChangeAnnotations = (
        /** @class */
        (function() {
          function ChangeAnnotations2(annotations) {
            this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
          }
          ChangeAnnotations2.prototype.all = function() {
            return this._annotations;
          };
          Object.defineProperty(ChangeAnnotations2.prototype, "size", {
            get: function() {
              return this._size;
            },
            enumerable: false,
            configurable: true
          });
          ChangeAnnotations2.prototype.manage = function(idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
              id = idOrAnnotation;
            } else {
              id = this.nextId();
              annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== void 0) {
              throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === void 0) {
              throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
          };
          ChangeAnnotations2.prototype.nextId = function() {
            this._counter++;
            return this._counter.toString();
          };
          return ChangeAnnotations2;
        })()
      );
      var WorkspaceChange = (
        /** @class */
        (function() {
          function WorkspaceChange2(workspaceEdit) {
            var _this = this;
            this._textEditChanges = /* @__PURE__ */ Object.create(null);
            if (workspaceEdit !== void 0) {
              this._workspaceEdit = workspaceEdit;
              if (workspaceEdit.documentChanges) {
                this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                workspaceEdit.documentChanges.forEach(function(change) {
                  if (TextDocumentEdit.is(change)) {
                    var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                    _this._textEditChanges[change.textDocument.uri] = textEditChange;
                  }
                });
              } else if (workspaceEdit.changes) {
                Object.keys(workspaceEdit.changes).forEach(function(key) {
                  var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                  _this._textEditChanges[key] = textEditChange;
                });
              }
            } else {
              this._workspaceEdit = {};
            }
          }
          Object.defineProperty(WorkspaceChange2.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function() {
              this.initDocumentChanges();
              if (this._changeAnnotations !== void 0) {
                if (this._changeAnnotations.size === 0) {
                  this._workspaceEdit.changeAnnotations = void 0;
                } else {
                  this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                }
              }
              return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
          });
          WorkspaceChange2.prototype.getTextEditChange = function(key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
              this.initDocumentChanges();
              if (this._workspaceEdit.documentChanges === void 0) {
                throw new Error("Workspace edit is not configured for document changes.");
              }
              var textDocument = { uri: key.uri, version: key.version };
              var result = this._textEditChanges[textDocument.uri];
              if (!result) {
                var edits = [];
                var textDocumentEdit = {
                  textDocument,
                  edits
                };
                this._workspaceEdit.documentChanges.push(textDocumentEdit);
                result = new TextEditChangeImpl(edits, this._changeAnnotations);
                this._textEditChanges[textDocument.uri] = result;
              }
              return result;
            } else {
              this.initChanges();
              if (this._workspaceEdit.changes === void 0) {
                throw new Error("Workspace edit is not configured for normal text edit changes.");
              }
              var result = this._textEditChanges[key];
              if (!result) {
                var edits = [];
                this._workspaceEdit.changes[key] = edits;
                result = new TextEditChangeImpl(edits);
                this._textEditChanges[key] = result;
              }
              return result;
            }
          };
          WorkspaceChange2.prototype.initDocumentChanges = function() {
            if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
              this._changeAnnotations = new ChangeAnnotations();
              this._workspaceEdit.documentChanges = [];
              this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
          };
          WorkspaceChange2.prototype.initChanges = function() {
            if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
              this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
            }
          };
          WorkspaceChange2.prototype.createFile = function(uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = CreateFile.create(uri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          WorkspaceChange2.prototype.renameFile = function(oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = RenameFile.create(oldUri, newUri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          WorkspaceChange2.prototype.deleteFile = function(uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = DeleteFile.create(uri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          return WorkspaceChange2;
        })()
      );
      exports2.WorkspaceChange = WorkspaceChange;
      var TextDocumentIdentifier;
      (function(TextDocumentIdentifier2) {
        function create(uri) {
          return { uri };
        }
        TextDocumentIdentifier2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier2.is = is;
      })(TextDocumentIdentifier || (exports2.TextDocumentIdentifier = TextDocumentIdentifier = {}));
      var VersionedTextDocumentIdentifier;
      (function(VersionedTextDocumentIdentifier2) {
        function create(uri, version) {
          return { uri, version };
        }
        VersionedTextDocumentIdentifier2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier2.is = is;
      })(VersionedTextDocumentIdentifier || (exports2.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
      var OptionalVersionedTextDocumentIdentifier;
      (function(OptionalVersionedTextDocumentIdentifier2) {
        function create(uri, version) {
          return { uri, version };
        }
        OptionalVersionedTextDocumentIdentifier2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier2.is = is;
      })(OptionalVersionedTextDocumentIdentifier || (exports2.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
      var LanguageKind;
      (function(LanguageKind2) {
        LanguageKind2.ABAP = "abap";
        LanguageKind2.WindowsBat = "bat";
        LanguageKind2.BibTeX = "bibtex";
        LanguageKind2.Clojure = "clojure";
        LanguageKind2.Coffeescript = "coffeescript";
        LanguageKind2.C = "c";
        LanguageKind2.CPP = "cpp";
        LanguageKind2.CSharp = "csharp";
        LanguageKind2.CSS = "css";
        LanguageKind2.D = "d";
        LanguageKind2.Delphi = "pascal";
        LanguageKind2.Diff = "diff";
        LanguageKind2.Dart = "dart";
        LanguageKind2.Dockerfile = "dockerfile";
        LanguageKind2.Elixir = "elixir";
        LanguageKind2.Erlang = "erlang";
        LanguageKind2.FSharp = "fsharp";
        LanguageKind2.GitCommit = "git-commit";
        LanguageKind2.GitRebase = "git-rebase";
        LanguageKind2.Go = "go";
        LanguageKind2.Groovy = "groovy";
        LanguageKind2.Handlebars = "handlebars";
        LanguageKind2.Haskell = "haskell";
        LanguageKind2.HTML = "html";
        LanguageKind2.Ini = "ini";
        LanguageKind2.Java = "java";
        LanguageKind2.JavaScript = "javascript";
        LanguageKind2.JavaScriptReact = "javascriptreact";
        LanguageKind2.JSON = "json";
        LanguageKind2.LaTeX = "latex";
        LanguageKind2.Less = "less";
        LanguageKind2.Lua = "lua";
        LanguageKind2.Makefile = "makefile";
        LanguageKind2.Markdown = "markdown";
        LanguageKind2.ObjectiveC = "objective-c";
        LanguageKind2.ObjectiveCPP = "objective-cpp";
        LanguageKind2.Pascal = "pascal";
        LanguageKind2.Perl = "perl";
        LanguageKind2.Perl6 = "perl6";
        LanguageKind2.PHP = "php";
        LanguageKind2.Plaintext = "plaintext";
        LanguageKind2.Powershell = "powershell";
        LanguageKind2.Pug = "jade";
        LanguageKind2.Python = "python";
        LanguageKind2.R = "r";
        LanguageKind2.Razor = "razor";
        LanguageKind2.Ruby = "ruby";
        LanguageKind2.Rust = "rust";
        LanguageKind2.SCSS = "scss";
        LanguageKind2.SASS = "sass";
        LanguageKind2.Scala = "scala";
        LanguageKind2.ShaderLab = "shaderlab";
        LanguageKind2.ShellScript = "shellscript";
        LanguageKind2.SQL = "sql";
        LanguageKind2.Swift = "swift";
        LanguageKind2.TypeScript = "typescript";
        LanguageKind2.TypeScriptReact = "typescriptreact";
        LanguageKind2.TeX = "tex";
        LanguageKind2.VisualBasic = "vb";
        LanguageKind2.XML = "xml";
        LanguageKind2.XSL = "xsl";
        LanguageKind2.YAML = "yaml";
      })(LanguageKind || (exports2.LanguageKind = LanguageKind = {}));
      var TextDocumentItem;
      (function(TextDocumentItem2) {
        function create(uri, languageId, version, text) {
          return { uri, languageId, version, text };
        }
        TextDocumentItem2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem2.is = is;
      })(TextDocumentItem || (exports2.TextDocumentItem = TextDocumentItem = {}));
      var MarkupKind;
      (function(MarkupKind2) {
        MarkupKind2.PlainText = "plaintext";
        MarkupKind2.Markdown = "markdown";
        function is(value) {
          var candidate = value;
          return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
        }
        MarkupKind2.is = is;
      })(MarkupKind || (exports2.MarkupKind = MarkupKind = {}));
      var MarkupContent;
      (function(MarkupContent2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent2.is = is;
      })(MarkupContent || (exports2.MarkupContent = MarkupContent = {}));
      var CompletionItemKind;
      (function(CompletionItemKind2) {
        CompletionItemKind2.Text = 1;
        CompletionItemKind2.Method = 2;
        CompletionItemKind2.Function = 3;
        CompletionItemKind2.Constructor = 4;
        CompletionItemKind2.Field = 5;
        CompletionItemKind2.Variable = 6;
        CompletionItemKind2.Class = 7;
        CompletionItemKind2.Interface = 8;
        CompletionItemKind2.Module = 9;
        CompletionItemKind2.Property = 10;
        CompletionItemKind2.Unit = 11;
        CompletionItemKind2.Value = 12;
        CompletionItemKind2.Enum = 13;
        CompletionItemKind2.Keyword = 14;
        CompletionItemKind2.Snippet = 15;
        CompletionItemKind2.Color = 16;
        CompletionItemKind2.File = 17;
        CompletionItemKind2.Reference = 18;
        CompletionItemKind2.Folder = 19;
        CompletionItemKind2.EnumMember = 20;
        CompletionItemKind2.Constant = 21;
        CompletionItemKind2.Struct = 22;
        CompletionItemKind2.Event = 23;
        CompletionItemKind2.Operator = 24;
        CompletionItemKind2.TypeParameter = 25;
      })(CompletionItemKind || (exports2.CompletionItemKind = CompletionItemKind = {}));
      var InsertTextFormat;
      (function(InsertTextFormat2) {
        InsertTextFormat2.PlainText = 1;
        InsertTextFormat2.Snippet = 2;
      })(InsertTextFormat || (exports2.InsertTextFormat = InsertTextFormat = {}));
      var CompletionItemTag;
      (function(CompletionItemTag2) {
        CompletionItemTag2.Deprecated = 1;
      })(CompletionItemTag || (exports2.CompletionItemTag = CompletionItemTag = {}));
      var InsertReplaceEdit;
      (function(InsertReplaceEdit2) {
        function create(newText, insert, replace) {
          return { newText, insert, replace };
        }
        InsertReplaceEdit2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit2.is = is;
      })(InsertReplaceEdit || (exports2.InsertReplaceEdit = InsertReplaceEdit = {}));
      var InsertTextMode;
      (function(InsertTextMode2) {
        InsertTextMode2.asIs = 1;
        InsertTextMode2.adjustIndentation = 2;
      })(InsertTextMode || (exports2.InsertTextMode = InsertTextMode = {}));
      var ApplyKind;
      (function(ApplyKind2) {
        ApplyKind2.Replace = 1;
        ApplyKind2.Merge = 2;
      })(ApplyKind || (exports2.ApplyKind = ApplyKind = {}));
      var CompletionItemLabelDetails;
      (function(CompletionItemLabelDetails2) {
        function is(value) {
          var candidate = value;
          return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
        }
        CompletionItemLabelDetails2.is = is;
      })(CompletionItemLabelDetails || (exports2.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
      var CompletionItem;
      (function(CompletionItem2) {
        function create(label) {
          return { label };
        }
        CompletionItem2.create = create;
      })(CompletionItem || (exports2.CompletionItem = CompletionItem = {}));
      var CompletionList;
      (function(CompletionList2) {
        function create(items, isIncomplete) {
          return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList2.create = create;
      })(CompletionList || (exports2.CompletionList = CompletionList = {}));
      var MarkedString;
      (function(MarkedString2) {
        function fromPlainText(plainText) {
          return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
        }
        MarkedString2.fromPlainText = fromPlainText;
        function is(value) {
          var candidate = value;
          return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
        }
        MarkedString2.is = is;
      })(MarkedString || (exports2.MarkedString = MarkedString = {}));
      var Hover;
      (function(Hover2) {
        function is(value) {
          var candidate = value;
          return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
        }
        Hover2.is = is;
      })(Hover || (exports2.Hover = Hover = {}));
      var ParameterInformation;
      (function(ParameterInformation2) {
        function create(label, documentation) {
          return documentation ? { label, documentation } : { label };
        }
        ParameterInformation2.create = create;
      })(ParameterInformation || (exports2.ParameterInformation = ParameterInformation = {}));
      var SignatureInformation;
      (function(SignatureInformation2) {
        function create(label, documentation) {
          var parameters = [];
          for (var _i = 2; _i < arguments.length; _i++) {
            parameters[_i - 2] = arguments[_i];
          }
          var result = { label };
          if (Is.defined(documentation)) {
            result.documentation = documentation;
          }
          if (Is.defined(parameters)) {
            result.parameters = parameters;
          } else {
            result.parameters = [];
          }
          return result;
        }
        SignatureInformation2.create = create;
      })(SignatureInformation || (exports2.SignatureInformation = SignatureInformation = {}));
      var DocumentHighlightKind;
      (function(DocumentHighlightKind2) {
        DocumentHighlightKind2.Text = 1;
        DocumentHighlightKind2.Read = 2;
        DocumentHighlightKind2.Write = 3;
      })(DocumentHighlightKind || (exports2.DocumentHighlightKind = DocumentHighlightKind = {}));
      var DocumentHighlight;
      (function(DocumentHighlight2) {
        function create(range3, kind) {
          var result = { range: range3 };
          if (Is.number(kind)) {
            result.kind = kind;
          }
          return result;
        }
        DocumentHighlight2.create = create;
      })(DocumentHighlight || (exports2.DocumentHighlight = DocumentHighlight = {}));
      var SymbolKind;
      (function(SymbolKind2) {
        SymbolKind2.File = 1;
        SymbolKind2.Module = 2;
        SymbolKind2.Namespace = 3;
        SymbolKind2.Package = 4;
        SymbolKind2.Class = 5;
        SymbolKind2.Method = 6;
        SymbolKind2.Property = 7;
        SymbolKind2.Field = 8;
        SymbolKind2.Constructor = 9;
        SymbolKind2.Enum = 10;
        SymbolKind2.Interface = 11;
        SymbolKind2.Function = 12;
        SymbolKind2.Variable = 13;
        SymbolKind2.Constant = 14;
        SymbolKind2.String = 15;
        SymbolKind2.Number = 16;
        SymbolKind2.Boolean = 17;
        SymbolKind2.Array = 18;
        SymbolKind2.Object = 19;
        SymbolKind2.Key = 20;
        SymbolKind2.Null = 21;
        SymbolKind2.EnumMember = 22;
        SymbolKind2.Struct = 23;
        SymbolKind2.Event = 24;
        SymbolKind2.Operator = 25;
        SymbolKind2.TypeParameter = 26;
      })(SymbolKind || (exports2.SymbolKind = SymbolKind = {}));
      var SymbolTag;
      (function(SymbolTag2) {
        SymbolTag2.Deprecated = 1;
      })(SymbolTag || (exports2.SymbolTag = SymbolTag = {}));
      var SymbolInformation;
      (function(SymbolInformation2) {
        function create(name, kind, range3, uri, containerName) {
          var result = {
            name,
            kind,
            location: { uri, range: range3 }
          };
          if (containerName) {
            result.containerName = containerName;
          }
          return result;
        }
        SymbolInformation2.create = create;
      })(SymbolInformation || (exports2.SymbolInformation = SymbolInformation = {}));
      var WorkspaceSymbol;
      (function(WorkspaceSymbol2) {
        function create(name, kind, uri, range3) {
          return range3 !== void 0 ? { name, kind, location: { uri, range: range3 } } : { name, kind, location: { uri } };
        }
        WorkspaceSymbol2.create = create;
      })(WorkspaceSymbol || (exports2.WorkspaceSymbol = WorkspaceSymbol = {}));
      var DocumentSymbol;
      (function(DocumentSymbol2) {
        function create(name, detail, kind, range3, selectionRange, children) {
          var result = {
            name,
            detail,
            kind,
            range: range3,
            selectionRange
          };
          if (children !== void 0) {
            result.children = children;
          }
          return result;
        }
        DocumentSymbol2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
        }
        DocumentSymbol2.is = is;
      })(DocumentSymbol || (exports2.DocumentSymbol = DocumentSymbol = {}));
      var CodeActionKind;
      (function(CodeActionKind2) {
        CodeActionKind2.Empty = "";
        CodeActionKind2.QuickFix = "quickfix";
        CodeActionKind2.Refactor = "refactor";
        CodeActionKind2.RefactorExtract = "refactor.extract";
        CodeActionKind2.RefactorInline = "refactor.inline";
        CodeActionKind2.RefactorMove = "refactor.move";
        CodeActionKind2.RefactorRewrite = "refactor.rewrite";
        CodeActionKind2.Source = "source";
        CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
        CodeActionKind2.SourceFixAll = "source.fixAll";
        CodeActionKind2.Notebook = "notebook";
      })(CodeActionKind || (exports2.CodeActionKind = CodeActionKind = {}));
      var CodeActionTriggerKind;
      (function(CodeActionTriggerKind2) {
        CodeActionTriggerKind2.Invoked = 1;
        CodeActionTriggerKind2.Automatic = 2;
      })(CodeActionTriggerKind || (exports2.CodeActionTriggerKind = CodeActionTriggerKind = {}));
      var CodeActionContext;
      (function(CodeActionContext2) {
        function create(diagnostics, only, triggerKind) {
          var result = { diagnostics };
          if (only !== void 0 && only !== null) {
            result.only = only;
          }
          if (triggerKind !== void 0 && triggerKind !== null) {
            result.triggerKind = triggerKind;
          }
          return result;
        }
        CodeActionContext2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext2.is = is;
      })(CodeActionContext || (exports2.CodeActionContext = CodeActionContext = {}));
      var CodeActionTag;
      (function(CodeActionTag2) {
        CodeActionTag2.LLMGenerated = 1;
        function is(value) {
          return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
        }
        CodeActionTag2.is = is;
      })(CodeActionTag || (exports2.CodeActionTag = CodeActionTag = {}));
      var CodeAction;
      (function(CodeAction2) {
        function create(title, kindOrCommandOrEdit, kind) {
          var result = { title };
          var checkKind = true;
          if (typeof kindOrCommandOrEdit === "string") {
            checkKind = false;
            result.kind = kindOrCommandOrEdit;
          } else if (Command.is(kindOrCommandOrEdit)) {
            result.command = kindOrCommandOrEdit;
          } else {
            result.edit = kindOrCommandOrEdit;
          }
          if (checkKind && kind !== void 0) {
            result.kind = kind;
          }
          return result;
        }
        CodeAction2.create = create;
        function is(value) {
          var candidate = value;
          return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction2.is = is;
      })(CodeAction || (exports2.CodeAction = CodeAction = {}));
      var CodeLens;
      (function(CodeLens2) {
        function create(range3, data) {
          var result = { range: range3 };
          if (Is.defined(data)) {
            result.data = data;
          }
          return result;
        }
        CodeLens2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens2.is = is;
      })(CodeLens || (exports2.CodeLens = CodeLens = {}));
      var FormattingOptions;
      (function(FormattingOptions2) {
        function create(tabSize, insertSpaces) {
          return { tabSize, insertSpaces };
        }
        FormattingOptions2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions2.is = is;
      })(FormattingOptions || (exports2.FormattingOptions = FormattingOptions = {}));
      var DocumentLink;
      (function(DocumentLink2) {
        function create(range3, target, data) {
          return { range: range3, target, data };
        }
        DocumentLink2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink2.is = is;
      })(DocumentLink || (exports2.DocumentLink = DocumentLink = {}));
      var SelectionRange;
      (function(SelectionRange2) {
        function create(range3, parent) {
          return { range: range3, parent };
        }
        SelectionRange2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
        }
        SelectionRange2.is = is;
      })(SelectionRange || (exports2.SelectionRange = SelectionRange = {}));
      var SemanticTokenTypes;
      (function(SemanticTokenTypes2) {
        SemanticTokenTypes2["namespace"] = "namespace";
        SemanticTokenTypes2["type"] = "type";
        SemanticTokenTypes2["class"] = "class";
        SemanticTokenTypes2["enum"] = "enum";
        SemanticTokenTypes2["interface"] = "interface";
        SemanticTokenTypes2["struct"] = "struct";
        SemanticTokenTypes2["typeParameter"] = "typeParameter";
        SemanticTokenTypes2["parameter"] = "parameter";
        SemanticTokenTypes2["variable"] = "variable";
        SemanticTokenTypes2["property"] = "property";
        SemanticTokenTypes2["enumMember"] = "enumMember";
        SemanticTokenTypes2["event"] = "event";
        SemanticTokenTypes2["function"] = "function";
        SemanticTokenTypes2["method"] = "method";
        SemanticTokenTypes2["macro"] = "macro";
        SemanticTokenTypes2["keyword"] = "keyword";
        SemanticTokenTypes2["modifier"] = "modifier";
        SemanticTokenTypes2["comment"] = "comment";
        SemanticTokenTypes2["string"] = "string";
        SemanticTokenTypes2["number"] = "number";
        SemanticTokenTypes2["regexp"] = "regexp";
        SemanticTokenTypes2["operator"] = "operator";
        SemanticTokenTypes2["decorator"] = "decorator";
        SemanticTokenTypes2["label"] = "label";
      })(SemanticTokenTypes || (exports2.SemanticTokenTypes = SemanticTokenTypes = {}));
      var SemanticTokenModifiers;
      (function(SemanticTokenModifiers2) {
        SemanticTokenModifiers2["declaration"] = "declaration";
        SemanticTokenModifiers2["definition"] = "definition";
        SemanticTokenModifiers2["readonly"] = "readonly";
        SemanticTokenModifiers2["static"] = "static";
        SemanticTokenModifiers2["deprecated"] = "deprecated";
        SemanticTokenModifiers2["abstract"] = "abstract";
        SemanticTokenModifiers2["async"] = "async";
        SemanticTokenModifiers2["modification"] = "modification";
        SemanticTokenModifiers2["documentation"] = "documentation";
        SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
      })(SemanticTokenModifiers || (exports2.SemanticTokenModifiers = SemanticTokenModifiers = {}));
      var SemanticTokens;
      (function(SemanticTokens2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
        }
        SemanticTokens2.is = is;
      })(SemanticTokens || (exports2.SemanticTokens = SemanticTokens = {}));
      var InlineValueText;
      (function(InlineValueText2) {
        function create(range3, text) {
          return { range: range3, text };
        }
        InlineValueText2.create = create;
        function is(value) {
          var candidate = value;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText2.is = is;
      })(InlineValueText || (exports2.InlineValueText = InlineValueText = {}));
      var InlineValueVariableLookup;
      (function(InlineValueVariableLookup2) {
        function create(range3, variableName, caseSensitiveLookup) {
          return { range: range3, variableName, caseSensitiveLookup };
        }
        InlineValueVariableLookup2.create = create;
        function is(value) {
          var candidate = value;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
        }
        InlineValueVariableLookup2.is = is;
      })(InlineValueVariableLookup || (exports2.InlineValueVariableLookup = InlineValueVariableLookup = {}));
      var InlineValueEvaluatableExpression;
      (function(InlineValueEvaluatableExpression2) {
        function create(range3, expression) {
          return { range: range3, expression };
        }
        InlineValueEvaluatableExpression2.create = create;
        function is(value) {
          var candidate = value;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
        }
        InlineValueEvaluatableExpression2.is = is;
      })(InlineValueEvaluatableExpression || (exports2.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
      var InlineValueContext;
      (function(InlineValueContext2) {
        function create(frameId, stoppedLocation) {
          return { frameId, stoppedLocation };
        }
        InlineValueContext2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext2.is = is;
      })(InlineValueContext || (exports2.InlineValueContext = InlineValueContext = {}));
      var InlayHintKind;
      (function(InlayHintKind2) {
        InlayHintKind2.Type = 1;
        InlayHintKind2.Parameter = 2;
        function is(value) {
          return value === 1 || value === 2;
        }
        InlayHintKind2.is = is;
      })(InlayHintKind || (exports2.InlayHintKind = InlayHintKind = {}));
      var InlayHintLabelPart;
      (function(InlayHintLabelPart2) {
        function create(value) {
          return { value };
        }
        InlayHintLabelPart2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
        }
        InlayHintLabelPart2.is = is;
      })(InlayHintLabelPart || (exports2.InlayHintLabelPart = InlayHintLabelPart = {}));
      var InlayHint;
      (function(InlayHint2) {
        function create(position, label, kind) {
          var result = { position, label };
          if (kind !== void 0) {
            result.kind = kind;
          }
          return result;
        }
        InlayHint2.create = create;
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
        }
        InlayHint2.is = is;
      })(InlayHint || (exports2.InlayHint = InlayHint = {}));
      var StringValue;
      (function(StringValue2) {
        function createSnippet(value) {
          return { kind: "snippet", value };
        }
        StringValue2.createSnippet = createSnippet;
        function isSnippet(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
        }
        StringValue2.isSnippet = isSnippet;
      })(StringValue || (exports2.StringValue = StringValue = {}));
      var InlineCompletionItem;
      (function(InlineCompletionItem2) {
        function create(insertText, filterText, range3, command) {
          return { insertText, filterText, range: range3, command };
        }
        InlineCompletionItem2.create = create;
      })(InlineCompletionItem || (exports2.InlineCompletionItem = InlineCompletionItem = {}));
      var InlineCompletionList;
      (function(InlineCompletionList2) {
        function create(items) {
          return { items };
        }
        InlineCompletionList2.create = create;
      })(InlineCompletionList || (exports2.InlineCompletionList = InlineCompletionList = {}));
      var InlineCompletionTriggerKind;
      (function(InlineCompletionTriggerKind2) {
        InlineCompletionTriggerKind2.Invoked = 1;
        InlineCompletionTriggerKind2.Automatic = 2;
      })(InlineCompletionTriggerKind || (exports2.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
      var SelectedCompletionInfo;
      (function(SelectedCompletionInfo2) {
        function create(range3, text) {
          return { range: range3, text };
        }
        SelectedCompletionInfo2.create = create;
      })(SelectedCompletionInfo || (exports2.SelectedCompletionInfo = SelectedCompletionInfo = {}));
      var InlineCompletionContext;
      (function(InlineCompletionContext2) {
        function create(triggerKind, selectedCompletionInfo) {
          return { triggerKind, selectedCompletionInfo };
        }
        InlineCompletionContext2.create = create;
      })(InlineCompletionContext || (exports2.InlineCompletionContext = InlineCompletionContext = {}));
      var WorkspaceFolder;
      (function(WorkspaceFolder2) {
        function is(value) {
          var candidate = value;
          return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder2.is = is;
      })(WorkspaceFolder || (exports2.WorkspaceFolder = WorkspaceFolder = {}));
      exports2.EOL = ["\n", "\r\n", "\r"];
      var TextDocument;
      (function(TextDocument2) {
        function create(uri, languageId, version, content) {
          return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument2.create = create;
        function is(value) {
          var candidate = value;
          return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument2.is = is;
        function applyEdits(document, edits) {
          var text = document.getText();
          var sortedEdits = mergeSort(edits, function(a, b) {
            var diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
              return a.range.start.character - b.range.start.character;
            }
            return diff;
          });
          var lastModifiedOffset = text.length;
          for (var i = sortedEdits.length - 1; i >= 0; i--) {
            var e = sortedEdits[i];
            var startOffset = document.offsetAt(e.range.start);
            var endOffset = document.offsetAt(e.range.end);
            if (endOffset <= lastModifiedOffset) {
              text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
            } else {
              throw new Error("Overlapping edit");
            }
            lastModifiedOffset = startOffset;
          }
          return text;
        }
        TextDocument2.applyEdits = applyEdits;
        function mergeSort(data, compare) {
          if (data.length <= 1) {
            return data;
          }
          var p = data.length / 2 | 0;
          var left = data.slice(0, p);
          var right = data.slice(p);
          mergeSort(left, compare);
          mergeSort(right, compare);
          var leftIdx = 0;
          var rightIdx = 0;
          var i = 0;
          while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
              data[i++] = left[leftIdx++];
            } else {
              data[i++] = right[rightIdx++];
            }
          }
          while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
          }
          while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
          }
          return data;
        }
      })(TextDocument || (exports2.TextDocument = TextDocument = {}));
      var FullTextDocument = (
        /** @class */
        (function() {
          function FullTextDocument2(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = void 0;
          }
          Object.defineProperty(FullTextDocument2.prototype, "uri", {
            get: function() {
              return this._uri;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "languageId", {
            get: function() {
              return this._languageId;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "version", {
            get: function() {
              return this._version;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.prototype.getText = function(range3) {
            if (range3) {
              var start = this.offsetAt(range3.start);
              var end = this.offsetAt(range3.end);
              return this._content.substring(start, end);
            }
            return this._content;
          };
          FullTextDocument2.prototype.update = function(event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = void 0;
          };
          FullTextDocument2.prototype.getLineOffsets = function() {
            if (this._lineOffsets === void 0) {
              var lineOffsets = [];
              var text = this._content;
              var isLineStart = true;
              for (var i = 0; i < text.length; i++) {
                if (isLineStart) {
                  lineOffsets.push(i);
                  isLineStart = false;
                }
                var ch = text.charAt(i);
                isLineStart = ch === "\r" || ch === "\n";
                if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
                  i++;
                }
              }
              if (isLineStart && text.length > 0) {
                lineOffsets.push(text.length);
              }
              this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
          };
          FullTextDocument2.prototype.positionAt = function(offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
              return Position.create(0, offset);
            }
            while (low < high) {
              var mid = Math.floor((low + high) / 2);
              if (lineOffsets[mid] > offset) {
                high = mid;
              } else {
                low = mid + 1;
              }
            }
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
          };
          FullTextDocument2.prototype.offsetAt = function(position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
              return this._content.length;
            } else if (position.line < 0) {
              return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
          };
          Object.defineProperty(FullTextDocument2.prototype, "lineCount", {
            get: function() {
              return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
          });
          return FullTextDocument2;
        })()
      );
      var Is;
      (function(Is2) {
        var toString = Object.prototype.toString;
        function defined(value) {
          return typeof value !== "undefined";
        }
        Is2.defined = defined;
        function undefined2(value) {
          return typeof value === "undefined";
        }
        Is2.undefined = undefined2;
        function boolean(value) {
          return value === true || value === false;
        }
        Is2.boolean = boolean;
        function string(value) {
          return toString.call(value) === "[object String]";
        }
        Is2.string = string;
        function number(value) {
          return toString.call(value) === "[object Number]";
        }
        Is2.number = number;
        function numberRange(value, min, max) {
          return toString.call(value) === "[object Number]" && min <= value && value <= max;
        }
        Is2.numberRange = numberRange;
        function integer2(value) {
          return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
        }
        Is2.integer = integer2;
        function uinteger2(value) {
          return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
        }
        Is2.uinteger = uinteger2;
        function func(value) {
          return toString.call(value) === "[object Function]";
        }
        Is2.func = func;
        function objectLiteral(value) {
          return value !== null && typeof value === "object";
        }
        Is2.objectLiteral = objectLiteral;
        function typedArray(value, check) {
          return Array.isArray(value) && value.every(check);
        }
        Is2.typedArray = typedArray;
      })(Is || (Is = {}));
    });
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range3) {
        this.document = document;
        this.range = range3;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range3) {
        if (range3.start.line === range3.end.line) {
          return range3.start.line === position.line && range3.start.character <= position.character && position.character <= range3.end.character;
        } else if (range3.start.line === position.line) {
          return range3.start.character <= position.character;
        } else if (range3.end.line === position.line) {
          return position.character <= range3.end.character;
        }
        return range3.start.line < position.line && position.line < range3.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = require_main();
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range3) {
        super(document, range3);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range3 = this.getContentRange();
        if (range3 === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range3.start), this.document.offsetAt(range3.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range3 = this.getRange();
        const startOffset = this.document.offsetAt(range3.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range3.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/umd/main.js
var require_main2 = __commonJS({
  "node_modules/vscode-languageserver-textdocument/lib/umd/main.js"(exports, module) {
    var __spreadArray = exports && exports.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    (function(factory) {
      if (typeof module === "object" && typeof module.exports === "object") {
        var v = factory(__require, exports);
        if (v !== void 0) module.exports = v;
      } else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
      }
    })(function(require2, exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", { value: true });
      exports2.TextDocument = void 0;
      var FullTextDocument = (
        /** @class */
        (function() {
          function FullTextDocument2(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = void 0;
          }
          Object.defineProperty(FullTextDocument2.prototype, "uri", {
            get: function() {
              return this._uri;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "languageId", {
            get: function() {
              return this._languageId;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "version", {
            get: function() {
              return this._version;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.prototype.getText = function(range3) {
            if (range3) {
              var start = this.offsetAt(range3.start);
              var end = this.offsetAt(range3.end);
              return this._content.substring(start, end);
            }
            return this._content;
          };
          FullTextDocument2.prototype.update = function(changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
              var change = changes_1[_i];
              if (FullTextDocument2.isIncremental(change)) {
                var range3 = getWellformedRange(change.range);
                var startOffset = this.offsetAt(range3.start);
                var endOffset = this.offsetAt(range3.end);
                this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                var insertedEndOffset = startOffset + change.text.length;
                var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
                var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
                if (crlfAtStart || crlfAtEnd) {
                  this._lineOffsets = void 0;
                  continue;
                }
                var startLine = Math.max(range3.start.line, 0);
                var endLine = Math.max(range3.end.line, 0);
                var lineOffsets = this._lineOffsets;
                var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                if (endLine - startLine === addedLineOffsets.length) {
                  for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                    lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                  }
                } else {
                  if (addedLineOffsets.length < 1e4) {
                    lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                  } else {
                    this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                  }
                }
                var diff = change.text.length - (endOffset - startOffset);
                if (diff !== 0) {
                  for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                    lineOffsets[i] = lineOffsets[i] + diff;
                  }
                }
              } else if (FullTextDocument2.isFull(change)) {
                this._content = change.text;
                this._lineOffsets = void 0;
              } else {
                throw new Error("Unknown change event received");
              }
            }
            this._version = version;
          };
          FullTextDocument2.prototype.getLineOffsets = function() {
            if (this._lineOffsets === void 0) {
              this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
          };
          FullTextDocument2.prototype.positionAt = function(offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
              return { line: 0, character: offset };
            }
            while (low < high) {
              var mid = Math.floor((low + high) / 2);
              if (lineOffsets[mid] > offset) {
                high = mid;
              } else {
                low = mid + 1;
              }
            }
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line, character: offset - lineOffsets[line] };
          };
          FullTextDocument2.prototype.offsetAt = function(position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
              return this._content.length;
            } else if (position.line < 0) {
              return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
              return lineOffset;
            }
            var nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
          };
          FullTextDocument2.prototype.getLineRange = function(line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
              var lastLine = lineOffsets.length - 1;
              return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            } else if (line < 0) {
              return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
          };
          FullTextDocument2.prototype.getEOLCharacters = function(line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
              return "";
            } else if (line < 0) {
              return "";
            }
            var nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
          };
          FullTextDocument2.prototype.ensureBeforeEOL = function(offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
              offset--;
            }
            return offset;
          };
          Object.defineProperty(FullTextDocument2.prototype, "lineCount", {
            get: function() {
              return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.isIncremental = function(event) {
            var candidate = event;
            return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
          };
          FullTextDocument2.isFull = function(event) {
            var candidate = event;
            return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
          };
          return FullTextDocument2;
        })()
      );
      var TextDocument;
      (function(TextDocument2) {
        function create(uri, languageId, version, content) {
          return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument2.create = create;
        function update(document, changes, version) {
          if (document instanceof FullTextDocument) {
            document.update(changes, version);
            return document;
          } else {
            throw new Error("TextDocument.update: document must be created by TextDocument.create");
          }
        }
        TextDocument2.update = update;
        function applyEdits(document, edits) {
          var text = document.getText();
          var sortedEdits = mergeSort(edits.map(getWellformedEdit), function(a, b) {
            var diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
              return a.range.start.character - b.range.start.character;
            }
            return diff;
          });
          var lastModifiedOffset = 0;
          var spans = [];
          for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
            var e = sortedEdits_1[_i];
            var startOffset = document.offsetAt(e.range.start);
            if (startOffset < lastModifiedOffset) {
              throw new Error("Overlapping edit");
            } else if (startOffset > lastModifiedOffset) {
              spans.push(text.substring(lastModifiedOffset, startOffset));
            }
            if (e.newText.length) {
              spans.push(e.newText);
            }
            lastModifiedOffset = document.offsetAt(e.range.end);
          }
          spans.push(text.substr(lastModifiedOffset));
          return spans.join("");
        }
        TextDocument2.applyEdits = applyEdits;
      })(TextDocument || (exports2.TextDocument = TextDocument = {}));
      function mergeSort(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        var p = data.length / 2 | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          var ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
      function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) {
          textOffset = 0;
        }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
          var ch = text.charCodeAt(i);
          if (isEOL(ch)) {
            if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
              i++;
            }
            result.push(textOffset + i + 1);
          }
        }
        return result;
      }
      function isEOL(char) {
        return char === 13 || char === 10;
      }
      function getWellformedRange(range3) {
        var start = range3.start;
        var end = range3.end;
        if (start.line > end.line || start.line === end.line && start.character > end.character) {
          return { start: end, end: start };
        }
        return range3;
      }
      function getWellformedEdit(textEdit) {
        var range3 = getWellformedRange(textEdit.range);
        if (range3 !== textEdit.range) {
          return { newText: textEdit.newText, range: range3 };
        }
        return textEdit;
      }
    });
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main3();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range3, nameRange, valueRange) {
        super(document, range3);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range3, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range3;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main3();
    var Instruction = class extends line_1.Line {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range3) {
        if (range3 === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range3.start), this.document.offsetAt(range3.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range3 = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range3.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range3.start));
        let offset = this.document.offsetAt(range3.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range3 of ranges) {
          content += documentText.substring(this.document.offsetAt(range3.start), this.document.offsetAt(range3.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range3 = this.getInstructionRange();
        let extra = this.document.offsetAt(range3.end) - this.document.offsetAt(range3.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range3.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range3 = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range3.start), this.document.offsetAt(range3.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote2 = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote2 === ch) {
                break contentLoop;
              }
              quote2 = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote2 !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote2 !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range3 = this.getRange();
        if (range3.start.line === range3.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range3.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range3.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range3, name, nameRange, value, valueRange) {
        this.range = range3;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = require_main();
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range3, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range3;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range3 = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range3.start), this.document.offsetAt(range3.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range3.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range3, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range3.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range3.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range3, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range3.end, range3.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range3.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range3, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range3.start) + index + 1), range3.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = require_main();
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal2 = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal2) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal2) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range3 = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range3.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range3.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range3.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = require_main();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range3 = this.getImageRange();
        if (range3) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range3.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range3.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range3.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range3;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range3 = this.getImageRange();
        if (range3) {
          const rangeStartOffset = this.document.offsetAt(range3.start);
          const content = this.getRangeContent(range3);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range3.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range3 = this.getImageRange();
        if (range3) {
          let content = this.getRangeContent(range3);
          let index = this.lastIndexOf(this.document.offsetAt(range3.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range3.start.line, range3.start.character + index + 1, range3.end.line, range3.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range3 = this.getImageRange();
        if (range3) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range3.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range3.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range3);
          const rangeStart = this.document.offsetAt(range3.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range3.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range3.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range3 = this.getBuildStageRange();
        return range3 === null ? null : this.getRangeContent(range3);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range3 = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range3)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = require_main();
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range3, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range3, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = require_main();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range3 = this.getRange();
        if (range3 === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range3);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = require_main();
    var ast = require_main3();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main3();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range3 = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range3)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range3 = from.getRange();
          if (range3.start.line <= line && line <= range3.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range3 = from.getRange();
            if (range3.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range3.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range3 = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range3 = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range3 = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range3 = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range3 = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range3 = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range3 = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range3 === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range3;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range3.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = require_main2();
    var vscode_languageserver_types_1 = require_main();
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main3();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range3 = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range3));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main3 = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// src/core/bytes.ts
function formatBytes(bytes) {
  const unit = (n, u) => {
    const r = n < 10 ? Number(n.toFixed(1)) : Math.round(n);
    return `${Number.isInteger(r) ? String(r) : r.toFixed(1)} ${u}`;
  };
  if (bytes >= 1e9) return unit(bytes / 1e9, "GB");
  if (bytes >= 1e6) return unit(bytes / 1e6, "MB");
  if (bytes >= 1e3) return unit(bytes / 1e3, "KB");
  return `${Math.round(bytes)} B`;
}

// src/core/closest.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
function closest(written, candidates) {
  let best;
  for (const id of candidates) {
    const d = editDistance(written.toLowerCase(), id.toLowerCase());
    if (d <= Math.max(1, Math.floor(id.length / 5)) && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}

// src/core/credentials.ts
var keyBodyFollows = (m, text) => /^(?:\s|\\[rn]){1,8}[A-Za-z0-9+/]{24}/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 64));
var mixed = (s) => /[A-Z]/.test(s) && /[a-z0-9]/.test(s) || /[a-z]/.test(s) && /[0-9]/.test(s);
var namedCredential = (m) => {
  const name = m[1] ?? "";
  const last = name.slice(Math.max(name.lastIndexOf("."), name.lastIndexOf("-")) + 1);
  return isSecretName(name) || isSecretName(last) || /^(auth|authorization|bearer|jwt|token|id_?token|access_?token|refresh_?token)$/i.test(last);
};
var isTokenChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
var isNameChar = (c) => isTokenChar(c) || c === 46;
var isBlank = (c) => c === 32 || c === 9;
function runStart(t, at, max, ok) {
  let i = at;
  while (i > 0 && at - i <= max && ok(t.charCodeAt(i - 1))) i--;
  return at - i > max ? at : i;
}
function assignmentStart(t, at) {
  let i = at;
  const back = (ok, max) => {
    for (let n = 0; n < max && i > 0 && ok(t.charCodeAt(i - 1)); n++) i--;
  };
  back(isBlank, 4);
  if (t.startsWith("Bearer", i - 6)) i -= 6;
  back((c) => c === 34 || c === 39 || c === 96, 1);
  back(isBlank, 4);
  if (t.startsWith("=>", i - 2) || t.startsWith(":=", i - 2)) i -= 2;
  else back((c) => c === 58 || c === 61, 1);
  back(isBlank, 4);
  back((c) => c === 34 || c === 39, 1);
  return runStart(t, i, 64, isNameChar);
}
var TOKEN_PATTERNS = [
  // AKIA = long-term access key, ASIA = temporary (STS) key, A3T = old format. AIDA/AROA (user/role ids) are not secrets.
  { id: "aws-access-key-id", kind: "AWS access key id", re: /(?<![A-Z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/, keywords: ["AKIA", "ASIA", "A3T"], source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids; gitleaks aws-access-token; trivy aws-access-key-id" },
  {
    id: "aws-secret-access-key",
    kind: "AWS secret access key",
    re: /(?<![A-Za-z0-9])(?:aws_?)?secret_?access_?key["']?\s{0,4}(?:=>|:=|[:=])\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    keywords: ["secret_access_key", "SECRET_ACCESS_KEY", "SecretAccessKey", "secretAccessKey", "secret-access-key", "secretaccesskey", "Secret_Access_Key"],
    before: 4,
    accept: (m) => mixed(m[1]),
    group: 1,
    source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html (40-character secret, assigned to aws_secret_access_key); trivy aws-secret-access-key"
  },
  { id: "github-pat", kind: "GitHub token", re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,76}(?![A-Za-z0-9_])/, keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], source: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats; gitleaks github-pat; trivy github-pat" },
  { id: "github-fine-grained-pat", kind: "GitHub fine-grained token", re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/, keywords: ["github_pat_"], source: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats; gitleaks github-fine-grained-pat" },
  { id: "gitlab-pat", kind: "GitLab token", re: /(?<![A-Za-z0-9_-])(?:glpat|gldt|glrt|glptt|glcbt|glft|gloas|glsoat|glimt|glagent)-[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])/, keywords: ["glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glft-", "gloas-", "glsoat-", "glimt-", "glagent-"], source: "https://docs.gitlab.com/security/tokens/#token-prefixes; gitleaks gitlab-pat; trivy gitlab-pat" },
  { id: "slack-token", kind: "Slack token", re: /(?<![A-Za-z0-9-])xox[abeoprs]-[A-Za-z0-9]{1,16}-[A-Za-z0-9-]{8,250}(?![A-Za-z0-9-])/, keywords: ["xoxa-", "xoxb-", "xoxe-", "xoxo-", "xoxp-", "xoxr-", "xoxs-"], accept: (m) => mixed(m[0].slice(5)), source: "https://api.slack.com/concepts/token-types; gitleaks slack-bot-token; trivy slack-access-token" },
  { id: "slack-app-token", kind: "Slack app token", re: /(?<![A-Za-z0-9-])xapp-[0-9]-[A-Z0-9]{1,20}-[0-9]{1,20}-[a-z0-9]{16,128}(?![A-Za-z0-9-])/, keywords: ["xapp-"], source: "https://api.slack.com/concepts/token-types; gitleaks slack-app-token" },
  { id: "slack-webhook", kind: "Slack webhook URL", re: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{40,120}/, keywords: ["hooks.slack.com/"], source: "https://api.slack.com/messaging/webhooks; gitleaks slack-webhook-url; trivy slack-web-hook" },
  { id: "stripe-secret-key", kind: "Stripe secret key", re: /(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}(?![A-Za-z0-9_])/, keywords: ["sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_"], accept: (m) => mixed(m[0].slice(8)), source: "https://docs.stripe.com/keys; gitleaks stripe-access-token; trivy stripe-secret-token" },
  { id: "npm-token", kind: "npm access token", re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/, keywords: ["npm_"], accept: (m) => mixed(m[0].slice(4)), source: "https://docs.npmjs.com/about-access-tokens; gitleaks npm-access-token" },
  { id: "pypi-token", kind: "PyPI upload token", re: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}/, keywords: ["pypi-AgEIcHlwaS5vcmc"], source: "https://pypi.org/help/#apitoken (macaroon tokens start with pypi-AgEIcHlwaS5vcmc); gitleaks pypi-upload-token; trivy pypi-upload-token" },
  { id: "huggingface-token", kind: "Hugging Face token", re: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{34,40}(?![A-Za-z0-9_])/, keywords: ["hf_"], accept: (m) => /[A-Z]/.test(m[0]) && /[a-z]/.test(m[0].slice(3)), source: "https://huggingface.co/docs/hub/security-tokens; gitleaks huggingface-access-token; trivy hugging-face-access-token" },
  { id: "openai-key", kind: "OpenAI API key", re: /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{80,250}|[A-Za-z0-9_-]{20,100}T3BlbkFJ[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/, keywords: ["T3BlbkFJ", "sk-proj-", "sk-svcacct-", "sk-admin-"], before: 103, startOf: (t, at) => runStart(t, at, 104, isTokenChar), source: "https://platform.openai.com/docs/api-reference/authentication; gitleaks openai-api-key; trivy openai-*" },
  { id: "anthropic-key", kind: "Anthropic API key", re: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)0[0-9]-[A-Za-z0-9_-]{80,128}(?![A-Za-z0-9_-])/, keywords: ["sk-ant-"], source: "https://docs.anthropic.com/en/api/overview#authentication; gitleaks anthropic-api-key" },
  { id: "gcp-api-key", kind: "Google API key", re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/, keywords: ["AIza"], source: "https://cloud.google.com/docs/authentication/api-keys; gitleaks gcp-api-key" },
  { id: "sendgrid-key", kind: "SendGrid API key", re: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/, keywords: ["SG."], source: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys; gitleaks sendgrid-api-token" },
  { id: "docker-pat", kind: "Docker Hub token", re: /(?<![A-Za-z0-9_-])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])/, keywords: ["dckr_pat_", "dckr_oat_"], source: "https://docs.docker.com/security/for-developers/access-tokens/; trivy dockerconfig-secret" },
  { id: "shopify-token", kind: "Shopify token", re: /(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])/, keywords: ["shpat_", "shpca_", "shppa_", "shpss_"], source: "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens; gitleaks shopify-access-token; trivy shopify-token" },
  { id: "age-secret-key", kind: "age secret key", re: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/, keywords: ["AGE-SECRET-KEY-1"], source: "https://age-encryption.org/v1 (Bech32 secret key encoding); gitleaks age-secret-key; trivy age-secret-key" },
  { id: "private-key", kind: "private key", re: /-----BEGIN[ A-Z0-9]{0,32}PRIVATE KEY(?: BLOCK)?-----/, keywords: ["-----BEGIN"], accept: keyBodyFollows, source: "RFC 7468 (textual encoding of PKCS #8, PKCS #1 and OpenSSH keys); gitleaks private-key; trivy private-key" },
  {
    id: "jwt-assigned",
    kind: "JSON Web Token assigned to a credential name",
    re: /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?\s{0,4}(?:=>|:=|[:=])\s{0,4}["'`]?(?:Bearer\s{1,4})?(eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})/,
    keywords: ["eyJ"],
    before: 90,
    startOf: assignmentStart,
    accept: namedCredential,
    group: 2,
    source: 'RFC 7519 (JSON Web Token: base64url header "{"... = eyJ); gitleaks jwt (only with a credential name here: JWTs in code are mostly test data)'
  }
];
function keywordRegExp(patterns, extra = []) {
  const root = /* @__PURE__ */ new Map();
  const add = (chars) => {
    let node = root;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (node.get(c) === null) return;
      if (i === chars.length - 1) {
        node.set(c, null);
        return;
      }
      let next = node.get(c);
      if (!next) node.set(c, next = /* @__PURE__ */ new Map());
      node = next;
    }
  };
  const esc2 = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const units = (k, ci) => [...k].map((c) => ci && /[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : esc2(c));
  for (const p of patterns) for (const k of p.keywords) add(units(k, !!p.ci));
  for (const k of extra) add(units(k, false));
  const emit = (node) => {
    const alts = [...node].map(([c, next]) => next ? c + group(next) : c);
    return alts.join("|");
  };
  const group = (node) => node.size === 1 ? emit(node) : `(?:${emit(node)})`;
  return new RegExp(emit(root), "g");
}
var KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set([
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_SECURITY_TOKEN",
  "GOOGLE_API_KEY",
  "AZURE_CLIENT_SECRET",
  "AZURE_STORAGE_KEY",
  "AZURE_STORAGE_CONNECTION_STRING",
  "DATABASE_URL",
  "DB_URL",
  "REDIS_URL",
  "MONGODB_URI",
  "MONGO_URL",
  "POSTGRES_URL",
  "MYSQL_URL",
  "AMQP_URL",
  "PIP_INDEX_URL",
  "PIP_EXTRA_INDEX_URL",
  "UV_INDEX_URL",
  "UV_EXTRA_INDEX_URL",
  "NPM_CONFIG__AUTH"
]);
var SECRET_TOKENS = /* @__PURE__ */ new Set(["PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS", "AUTHTOKEN", "PRIVATEKEY", "ACCESSKEY", "SECRETKEY"]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set(["API", "PRIVATE", "ACCESS", "SECRET", "ENCRYPTION", "SIGNING", "MASTER", "LICENSE", "CLIENT", "AUTH", "ACCOUNT", "SERVICE", "APP", "APPLICATION", "INGEST", "WRITE", "ADMIN", "SSH", "JWT", "HMAC", "SESSION"]);
var SHORT_PASSWORD_TOKENS = /* @__PURE__ */ new Set(["PASS", "PWD", "PW"]);
var IDENTIFIER_SUFFIXES = /* @__PURE__ */ new Set([
  "NAME",
  "NAMES",
  "ARN",
  "ID",
  "IDS",
  "URL",
  "URI",
  "ENDPOINT",
  "HOST",
  "PORT",
  "FILE",
  "FILES",
  "PATH",
  "DIR",
  "LOCATION",
  "REF",
  "PARAM",
  "PARAMETER",
  "VERSION",
  "TYPE",
  "LENGTH",
  "HEADER",
  "FIELD",
  "ENABLED",
  "DISABLED",
  "REGION",
  "TTL",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "SECONDS",
  "TIMEOUT",
  "MODE",
  "PREFIX",
  "ALGORITHM",
  "ALG",
  "COUNT",
  "POLICY",
  "PROVIDER",
  "SOURCE",
  "STORE",
  "KIND",
  "FORMAT",
  "ISSUER",
  "AUDIENCE",
  "SCOPE",
  "SCOPES",
  "ROLE",
  "USER",
  "USERNAME",
  "LOGIN",
  "REQUIRED",
  "MIN",
  "MAX",
  "POLICY",
  "ROTATION",
  "KEYRING",
  "BUCKET",
  "TABLE",
  "ENV",
  // Settings about a secret, not the secret: PASSWORD_HASH_ALGO=bcrypt, SECRET_ROTATION_DAYS=30, TOKEN_LIMIT=4096.
  "ALGO",
  "DAYS",
  "HOURS",
  "MINUTES",
  "INTERVAL",
  "LIMIT",
  "SIZE",
  "BITS",
  "ROUNDS",
  "STRENGTH"
]);
var ALLOW_TOKENS = /* @__PURE__ */ new Set(["PUBLIC", "PUB", "GPG", "PGP", "KMS", "NO", "SKIP", "USE", "HAS", "IS"]);
function nameTokens(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((t) => t.toUpperCase());
}
var SECRET_NAME_MEMO = /* @__PURE__ */ new Map();
function isSecretName(name) {
  let known = SECRET_NAME_MEMO.get(name);
  if (known === void 0) {
    known = judgeSecretName(name);
    if (SECRET_NAME_MEMO.size >= 4096) SECRET_NAME_MEMO.clear();
    SECRET_NAME_MEMO.set(name, known);
  }
  return known;
}
function judgeSecretName(name) {
  const upper = name.toUpperCase();
  if (KNOWN_SECRET_NAMES.has(upper)) return true;
  const tokens = nameTokens(name);
  if (tokens.length === 0) return false;
  if (tokens.some((t) => ALLOW_TOKENS.has(t))) return false;
  const last = tokens[tokens.length - 1];
  if (IDENTIFIER_SUFFIXES.has(last)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (SECRET_TOKENS.has(t)) return true;
    if (t === "KEY" && i > 0 && KEY_QUALIFIERS.has(tokens[i - 1])) return true;
    if (t === "AUTH" && i === tokens.length - 1 && i > 0) return true;
    if (SHORT_PASSWORD_TOKENS.has(t) && i === tokens.length - 1 && i > 0) return true;
  }
  return false;
}

// src/core/redact.ts
var TOKEN_PREFIX = /^(?:gh[pousr]_|github_pat_|glpat-|xox[abprs]-|[sr]k_(?:live|test)_|AKIA|ASIA|AIza|npm_|pypi-|hf_|sk-(?:proj-)?|dop_v1_|SG\.|shp(?:at|ss|ca)_)/;
function redact(value) {
  const v = value.trim();
  const head = v.length >= 12 ? TOKEN_PREFIX.exec(v)?.[0] ?? "" : "";
  return `${head}\u2026(${v.length} chars)`;
}
function redactUrl(url, password) {
  return url.replace(`:${password}@`, `:${redact(password)}@`);
}
var QUERY_SECRET_KEYS = /* @__PURE__ */ new Set([
  "token",
  "access_token",
  "accesstoken",
  "refresh_token",
  "id_token",
  "auth",
  "auth_token",
  "key",
  "apikey",
  "api_key",
  "api-key",
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "client_secret",
  "sig",
  "signature",
  "x-amz-signature",
  "x-amz-credential",
  "x-amz-security-token",
  "x-goog-signature",
  "x-goog-credential",
  "private_token",
  "code",
  "sv",
  "se",
  "sp",
  "skoid",
  "sktid"
]);
var QUERY_KEEP = /* @__PURE__ */ new Set(["sv", "se", "sp", "skoid", "sktid", "code"]);
var AUTH_HEADER_NAMES = /* @__PURE__ */ new Set(["authorization", "proxy-authorization", "x-api-key", "api-key", "x-auth-token", "private-token", "job-token", "x-vault-token", "x-jfrog-art-api", "x-goog-api-key", "circle-token", "dd-api-key"]);
var AUTH_SCHEMES = /* @__PURE__ */ new Set(["bearer", "basic", "token", "digest", "bot", "apikey"]);
var USER_FLAGS = /* @__PURE__ */ new Set(["-u", "--user", "--proxy-user", "-U"]);
var MYSQL = /\b(mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b/;
var SEPARATORS = new Uint8Array(128);
for (const ch of " 	\n\v\f\r\"'`;|&()<>{}[],") SEPARATORS[ch.charCodeAt(0)] = 1;
var WIDE_BLANK = /\s/;
var isSeparator = (c) => c < 128 ? SEPARATORS[c] === 1 : WIDE_BLANK.test(String.fromCharCode(c));
function plainWord(w) {
  if (w.length >= 16 || w.charCodeAt(0) === 45) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 61 || c === 58 || c === 63 || c === 38) return false;
  }
  return true;
}
var tables;
var tokenTables = () => tables ??= {
  hint: new RegExp(keywordRegExp(TOKEN_PATTERNS, ["pypi-", "sk-"]).source),
  patterns: TOKEN_PATTERNS.filter((p) => p.id !== "private-key").map((p) => ({ re: new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`), group: p.group }))
};
var HINT_CHARS = /[-=:?&|]/;
var TOKEN_PREFIXED = /(?<![A-Za-z0-9])(A3T[A-Z0-9]|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox[bparos]-|xapp-|[sr]k_(?:live|test|prod)_|npm_|pypi-|hf_|sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)0\d-)?|AIza|SG\.|dckr_pat_)([A-Za-z0-9_.-]{12,})/g;
var isRedacted = (v) => v.includes("\u2026");
var PLACEHOLDER = /^[.\u2026]+$/;
var literal = (v) => v !== "" && !v.startsWith("$") && !isRedacted(v) && !PLACEHOLDER.test(v);
var NAMING_FLAGS = /* @__PURE__ */ new Set(["--secret"]);
var CLEAN = /* @__PURE__ */ new Set();
var CLEAN_MAX = 4096;
var CLEAN_MAX_CHARS = 2048;
function redactText(text) {
  if (typeof text !== "string" || text.length === 0) return text;
  if (text.length <= LIMITS.maxQuotedWord && !HINT_CHARS.test(text) && (text.length < 16 || !tokenTables().hint.test(text))) return text;
  if (CLEAN.has(text)) return text;
  const out = redactWords(text);
  if (out === text && text.length <= CLEAN_MAX_CHARS) {
    if (CLEAN.size >= CLEAN_MAX) CLEAN.clear();
    CLEAN.add(text);
  }
  return out;
}
function redactWords(text) {
  let t = text.includes("PRIVATE KEY") ? redactKeyBlocks(text) : text;
  const mysql = MYSQL.test(t);
  let pending = "none";
  let buildArgs = 0;
  const bk = /^(?:RUN )?\|(\d{1,3}) /.exec(t);
  if (bk) buildArgs = Number(bk[1]);
  let out = "";
  let last = 0;
  const n = t.length;
  for (let i = 0; i < n; ) {
    while (i < n && isSeparator(t.charCodeAt(i))) i++;
    if (i >= n) break;
    const index = i;
    while (i < n && !isSeparator(t.charCodeAt(i))) i++;
    const word = t.slice(index, i);
    if (pending === "none" && buildArgs === 0 && plainWord(word)) continue;
    let next = word;
    if (buildArgs > 0 && index > 0 && word.includes("=")) {
      buildArgs--;
      const eq = word.indexOf("=");
      const v = word.slice(eq + 1);
      next = literal(v) ? `${word.slice(0, eq + 1)}\u2026` : word;
    } else if (pending === "value" && literal(word)) next = redact(word);
    else if (pending === "header") {
      if (AUTH_SCHEMES.has(word.toLowerCase())) {
        pending = "value";
        out += t.slice(last, index) + word;
        last = index + word.length;
        continue;
      }
      if (literal(word)) next = redact(word);
    } else if (pending === "user") next = redactUserPass(word);
    else next = redactWord(word, mysql);
    pending = "none";
    if (USER_FLAGS.has(word)) pending = "user";
    else if (word.endsWith(":") && AUTH_HEADER_NAMES.has(word.slice(0, -1).toLowerCase())) pending = "header";
    else if (word.startsWith("--") && !word.includes("=") && !NAMING_FLAGS.has(word.toLowerCase()) && isSecretName(word.slice(2))) pending = "value";
    if (next !== word) {
      out += t.slice(last, index) + next;
      last = index + word.length;
    }
  }
  if (last === 0) return t;
  t = out + t.slice(last);
  return t;
}
function redactWord(word, mysql) {
  if (word.length > LIMITS.maxQuotedWord) return `${word.slice(0, 16)}\u2026(${word.length} chars)`;
  let w = word;
  const { hint, patterns } = tokenTables();
  if (w.length >= 16 && hint.test(w)) {
    for (const { re, group } of patterns) {
      re.lastIndex = 0;
      if (re.test(w)) {
        re.lastIndex = 0;
        w = w.replace(re, (x, ...groups) => {
          const v = group ? groups[group - 1] : void 0;
          return typeof v === "string" && v ? x.replace(v, `\u2026(${v.length} chars)`) : redact(x);
        });
      }
    }
  }
  if (w.length >= 16 && hint.test(w)) w = w.replace(TOKEN_PREFIXED, (x, prefix, tail) => /[0-9]/.test(tail) && /[A-Za-z]/.test(tail) ? redact(x) : x);
  if (w.includes("://") || w.includes("?") || w.includes("&")) w = redactUrlParts(w);
  const eq = w.indexOf("=");
  if (eq > 0 && !w.includes("://", 0)) {
    const name = w.slice(0, eq).replace(/^-+/, "");
    const v = w.slice(eq + 1);
    if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && isSecretName(name) && literal(v)) return `${w.slice(0, eq + 1)}${redact(v)}`;
  }
  if (w.length > 2 && w.startsWith("-u") && !w.startsWith("--")) return `-u${redactUserPass(w.slice(2))}`;
  if (mysql && w.length > 2 && w.startsWith("-p") && !w.startsWith("--") && literal(w.slice(2))) return `-p${redact(w.slice(2))}`;
  return w;
}
function redactUserPass(word) {
  const c = word.indexOf(":");
  if (c < 0) return word;
  const pass = word.slice(c + 1);
  if (!literal(pass) || /^\d+$/.test(pass)) return word;
  return `${word.slice(0, c + 1)}${redact(pass)}`;
}
function redactUrlParts(word) {
  let w = word;
  const scheme = w.indexOf("://");
  if (scheme > 0) {
    const start = scheme + 3;
    let end = w.length;
    for (const ch of ["/", "?", "#"]) {
      const i = w.indexOf(ch, start);
      if (i >= 0 && i < end) end = i;
    }
    const at = w.lastIndexOf("@", end);
    if (at > start) {
      const userinfo = w.slice(start, at);
      const c = userinfo.indexOf(":");
      const pass = c >= 0 ? userinfo.slice(c + 1) : "";
      if (literal(pass)) w = `${w.slice(0, start + c + 1)}${redact(pass)}${w.slice(at)}`;
    }
  }
  const q = w.indexOf("?");
  const from = q >= 0 ? q + 1 : w.includes("&") && w.includes("=") ? 0 : -1;
  if (from < 0) return w;
  const hash = w.indexOf("#", from);
  const query = w.slice(from, hash >= 0 ? hash : void 0);
  const parts = query.split(/[&;]/);
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const eq = parts[i].indexOf("=");
    if (eq <= 0) continue;
    const key = parts[i].slice(0, eq);
    const v = parts[i].slice(eq + 1);
    const k = key.toLowerCase();
    if (!literal(v) || QUERY_KEEP.has(k)) continue;
    if (QUERY_SECRET_KEYS.has(k) || isSecretName(key)) {
      parts[i] = `${key}=${redact(v)}`;
      changed = true;
    }
  }
  if (!changed) return w;
  return `${w.slice(0, from)}${parts.join("&")}${hash >= 0 ? w.slice(hash) : ""}`;
}
function redactKeyBlocks(text) {
  let out = "";
  let pos = 0;
  for (; ; ) {
    const b = text.indexOf("-----BEGIN", pos);
    if (b < 0) break;
    const headEnd = text.indexOf("-----", b + 10);
    if (headEnd < 0) break;
    const header = text.slice(b, headEnd + 5);
    if (!header.includes("PRIVATE KEY") || header.length > 80) {
      out += text.slice(pos, headEnd + 5);
      pos = headEnd + 5;
      continue;
    }
    const endAt = text.indexOf("-----END", headEnd + 5);
    const stop = endAt < 0 ? text.length : (() => {
      const close = text.indexOf("-----", endAt + 8);
      return close < 0 ? text.length : close + 5;
    })();
    out += `${text.slice(pos, b)}${header}\u2026(${stop - headEnd - 5} chars)`;
    pos = stop;
  }
  return out + text.slice(pos);
}
function redactDeep(value) {
  return mapStrings(value, redactText);
}
function mapStrings(value, fn) {
  const memo = /* @__PURE__ */ new Map();
  const str = (s) => {
    let r = memo.get(s);
    if (r === void 0) {
      r = fn(s);
      if (memo.size < 1e5) memo.set(s, r);
    }
    return r;
  };
  const walk = (v, depth) => {
    if (typeof v === "string") return str(v);
    if (v === null || typeof v !== "object") return v;
    if (depth > 64) return null;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const o = {};
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (typeof x === "function") continue;
      o[str(k)] = walk(x, depth + 1);
    }
    return o;
  };
  return walk(value, 0);
}
function inputLine(s) {
  return safeText(redactText(s));
}
function safeText(s) {
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)) return s;
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function defuseWorkflowLine(line) {
  return /^\s*::/.test(line) ? line.replace("::", ":\\:") : line;
}

// src/dockerfile/model.ts
var import_dockerfile_ast = __toESM(require_main3(), 1);
var import_parser = __toESM(require_parser(), 1);

// src/knowledge/runtimes.ts
var DOCS = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html";
var TFLINT = "terraform-linters/tflint-ruleset-aws aws_lambda_function_deprecated_runtime.go";
var RUNTIMES = [
  { id: "python3.14", family: "python", os: "al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31", source: DOCS },
  { id: "python3.13", family: "python", os: "al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31", source: DOCS },
  { id: "python3.12", family: "python", os: "al2023", deprecation: "2028-10-31", blockCreate: "2028-11-30", blockUpdate: "2029-01-10", source: DOCS },
  { id: "python3.11", family: "python", os: "al2", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31", source: DOCS },
  { id: "python3.10", family: "python", os: "al2", deprecation: "2026-10-31", blockCreate: "2026-11-30", blockUpdate: "2027-01-15", source: DOCS },
  { id: "python3.9", family: "python", os: "al2", deprecation: "2025-12-15", blockCreate: "2026-01-15", blockUpdate: "2026-02-15", source: TFLINT },
  { id: "python3.8", family: "python", os: "al2", deprecation: "2024-10-14", blockCreate: "2025-02-28", blockUpdate: "2025-03-31", source: TFLINT },
  { id: "python3.7", family: "python", os: "al1", deprecation: "2023-12-04", blockCreate: "2024-01-09", blockUpdate: "2024-02-08", source: TFLINT },
  { id: "nodejs24.x", family: "nodejs", os: "al2023", deprecation: "2028-04-30", blockCreate: "2028-06-01", blockUpdate: "2028-07-01", source: DOCS },
  { id: "nodejs22.x", family: "nodejs", os: "al2023", deprecation: "2027-04-30", blockCreate: "2027-06-01", blockUpdate: "2027-07-01", source: DOCS },
  { id: "nodejs20.x", family: "nodejs", os: "al2023", deprecation: "2026-04-30", blockCreate: "2026-08-31", blockUpdate: "2026-09-30", source: DOCS },
  { id: "nodejs18.x", family: "nodejs", os: "al2", deprecation: "2025-09-01", blockCreate: "2026-02-03", blockUpdate: "2026-03-09", source: DOCS },
  { id: "nodejs16.x", family: "nodejs", os: "al2", deprecation: "2024-06-12", blockCreate: "2025-02-28", blockUpdate: "2025-03-31", source: TFLINT },
  { id: "nodejs14.x", family: "nodejs", os: "al2", deprecation: "2023-12-04", blockCreate: "2024-01-09", blockUpdate: "2024-02-08", source: TFLINT },
  { id: "java25", family: "java", os: "al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31", source: DOCS },
  { id: "java21", family: "java", os: "al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31", source: DOCS },
  { id: "java17", family: "java", os: "al2", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31", source: DOCS },
  { id: "java11", family: "java", os: "al2", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31", source: DOCS },
  { id: "java8.al2", family: "java", os: "al2", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31", source: DOCS },
  { id: "java8", family: "java", os: "al1", deprecation: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2024-03-12", source: TFLINT },
  { id: "dotnet10", family: "dotnet", os: "al2023", deprecation: "2028-11-14", blockCreate: "2028-12-14", blockUpdate: "2029-01-15", source: DOCS },
  { id: "dotnet9", family: "dotnet", os: "al2023", deprecation: "2026-11-10", source: DOCS },
  { id: "dotnet8", family: "dotnet", os: "al2023", deprecation: "2026-11-10", blockCreate: "2027-02-01", blockUpdate: "2027-03-03", source: DOCS },
  { id: "dotnet7", family: "dotnet", os: "al2", deprecation: "2024-05-14", source: TFLINT },
  { id: "dotnet6", family: "dotnet", os: "al2", deprecation: "2024-12-20", blockCreate: "2025-02-28", blockUpdate: "2025-03-31", source: TFLINT },
  { id: "ruby4.0", family: "ruby", os: "al2023", deprecation: "2029-03-31", blockCreate: "2029-04-30", blockUpdate: "2029-05-31", source: DOCS },
  { id: "ruby3.4", family: "ruby", os: "al2023", deprecation: "2028-03-31", blockCreate: "2028-04-30", blockUpdate: "2028-05-31", source: DOCS },
  { id: "ruby3.3", family: "ruby", os: "al2023", deprecation: "2027-03-31", blockCreate: "2027-04-30", blockUpdate: "2027-05-31", source: DOCS },
  { id: "ruby3.2", family: "ruby", os: "al2", deprecation: "2026-03-31", blockCreate: "2026-06-01", blockUpdate: "2026-07-01", source: TFLINT },
  { id: "provided.al2023", family: "provided", os: "al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31", source: DOCS },
  { id: "provided.al2", family: "provided", os: "al2", deprecation: "2026-07-31", blockCreate: "2026-08-31", blockUpdate: "2026-09-30", source: DOCS },
  { id: "provided", family: "provided", os: "al1", deprecation: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2024-03-12", source: TFLINT },
  { id: "go1.x", family: "go", os: "al1", deprecation: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2024-03-12", source: TFLINT }
];
var DEPRECATED = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtimes-deprecated";
var RETIRED = [
  { id: "python3.6", family: "python", os: "al1", deprecation: "2022-07-18", blockCreate: "2022-07-18", blockUpdate: "2022-08-29", source: DEPRECATED },
  { id: "python2.7", family: "python", os: "al1", deprecation: "2021-07-15", blockCreate: "2021-07-15", blockUpdate: "2022-05-30", source: DEPRECATED },
  { id: "nodejs12.x", family: "nodejs", os: "al2", deprecation: "2023-03-31", blockCreate: "2023-03-31", blockUpdate: "2023-04-30", source: DEPRECATED },
  { id: "nodejs10.x", family: "nodejs", os: "al2", deprecation: "2021-07-30", blockCreate: "2021-07-30", blockUpdate: "2022-02-14", source: DEPRECATED },
  { id: "ruby2.7", family: "ruby", os: "al2", deprecation: "2023-12-07", blockCreate: "2024-01-09", blockUpdate: "2024-02-08", source: DEPRECATED },
  { id: "ruby2.5", family: "ruby", os: "al1", deprecation: "2021-07-30", blockCreate: "2021-07-30", blockUpdate: "2022-03-31", source: DEPRECATED },
  { id: "dotnetcore3.1", family: "dotnet", os: "al2", deprecation: "2023-04-03", blockCreate: "2023-04-03", blockUpdate: "2023-05-03", source: DEPRECATED },
  { id: "dotnetcore2.1", family: "dotnet", os: "al1", deprecation: "2022-01-05", blockCreate: "2022-01-05", blockUpdate: "2022-04-13", source: DEPRECATED },
  { id: "dotnet5.0", family: "dotnet", os: "al2", deprecation: "2022-05-10", source: DEPRECATED }
];
var ALL_RUNTIMES = [...RUNTIMES, ...RETIRED];
var BY_ID = new Map(ALL_RUNTIMES.map((r) => [r.id, r]));
function runtimeById(id) {
  return BY_ID.get(id);
}
function nextListedAbove(family, id) {
  const ver = (x) => (/(\d+(?:\.\d+)*)/.exec(x)?.[1] ?? "0").split(".").map(Number);
  const cmp = (a, b) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  const v = ver(id);
  return ALL_RUNTIMES.filter((r) => r.family === family && /\d/.test(r.id) && cmp(ver(r.id), v) > 0).sort((a, b) => cmp(ver(a.id), ver(b.id)))[0];
}

// src/knowledge/base-images.ts
var REF_DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var REF_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var REFERENCE = new RegExp(`^(?:${REF_DOMAIN}/)?${REF_COMPONENT}(?:/${REF_COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,})?$`);
function isValidReference(ref) {
  return REFERENCE.test(ref);
}
function parseImageRef(raw) {
  let rest = raw.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry;
  const slash = rest.indexOf("/");
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let repository = rest;
  if ((!registry || registry === "docker.io" || registry === "index.docker.io") && !repository.includes("/")) {
    repository = `library/${repository}`;
  }
  if (registry === "index.docker.io") registry = "docker.io";
  return { raw, registry, repository, tag, digest };
}
var AWS_FAMILIES = ["python", "nodejs", "java", "dotnet", "ruby", "provided", "go"];
var LAMBDA_READY = [
  // bref: PHP runtimes for Lambda, built on provided.al2 (bref v2) and provided.al2023 (bref v3).
  { match: /^bref\/(arm-)?php-\d+(-fpm|-console)?$/, vendor: "bref", family: "php", source: "https://bref.sh/docs/deploy/docker" }
];
function awsFamily(ref) {
  const repo = ref.repository;
  let m = /(?:^|\/)lambda\/([a-z]+)$/.exec(repo);
  if (m && (ref.registry === "public.ecr.aws" || /\.dkr\.ecr\.[^.]+\.amazonaws\.com(\.cn)?$/.test(ref.registry ?? "") && repo.includes("ecr-public/lambda/"))) {
    return AWS_FAMILIES.includes(m[1]) ? m[1] : void 0;
  }
  m = /^amazon\/aws-lambda-([a-z]+)$/.exec(repo);
  if (m && (!ref.registry || ref.registry === "docker.io")) {
    return AWS_FAMILIES.includes(m[1]) ? m[1] : void 0;
  }
  return void 0;
}
function runtimeFromTag(family, tag) {
  if (family === "go") return { runtime: runtimeById("go1.x") };
  if (!tag || tag === "latest") return {};
  let t = tag;
  let architecture;
  const arch = /-(x86_64|arm64)$/.exec(t);
  if (arch) {
    architecture = arch[1];
    t = t.slice(0, arch.index);
  }
  let id;
  switch (family) {
    case "python": {
      const m = /^(\d+\.\d+)/.exec(t);
      if (m) id = `python${m[1]}`;
      break;
    }
    case "nodejs": {
      const m = /^(\d+)/.exec(t);
      if (m) id = `nodejs${m[1]}.x`;
      break;
    }
    case "java": {
      if (/^8\.al2(\b|\.|$)/.test(t)) id = "java8.al2";
      else {
        const m = /^(\d+)/.exec(t);
        if (m) id = `java${m[1]}`;
      }
      break;
    }
    case "dotnet": {
      const core = /^core(\d+\.\d+)/.exec(t);
      const m = /^(\d+)(\.0)?/.exec(t);
      if (core) id = `dotnetcore${core[1]}`;
      else if (m) id = m[1] === "5" ? "dotnet5.0" : `dotnet${m[1]}`;
      break;
    }
    case "ruby": {
      const m = /^(\d+\.\d+)/.exec(t);
      if (m) id = `ruby${m[1]}`;
      break;
    }
    case "provided": {
      if (/^al2023/.test(t)) id = "provided.al2023";
      else if (/^al2(\b|\.|$)/.test(t)) id = "provided.al2";
      else if (/^alami/.test(t)) id = "provided";
      break;
    }
  }
  return { runtime: id ? runtimeById(id) : void 0, architecture, id };
}
function hubRepository(ref) {
  const repo = ref.repository;
  if (ref.registry === "public.ecr.aws" && repo.startsWith("docker/library/")) return repo.slice("docker/".length);
  if (ref.registry === "mirror.gcr.io" || ref.registry === "registry-1.docker.io") return repo.includes("/") ? repo : `library/${repo}`;
  return repo;
}
function samBuildImage(ref) {
  const repo = hubRepository(ref);
  const m = (ref.registry === "public.ecr.aws" ? /^sam\/build-(.+)$/ : /^amazon\/aws-sam-cli-build-image-(.+)$/).exec(repo);
  if (!m) return void 0;
  const runtime = m[1];
  const tag = /^python(\d\.\d+)$/.exec(runtime)?.[1] ?? /^nodejs(\d+)\.x$/.exec(runtime)?.[1] ?? /^java(\d+(?:\.al2)?)$/.exec(runtime)?.[1] ?? /^ruby(\d\.\d+)$/.exec(runtime)?.[1] ?? /^dotnet(?:core)?(\d+(?:\.\d+)?)$/.exec(runtime)?.[1];
  const family = /^[a-z]+/.exec(runtime)?.[0] ?? runtime;
  if (tag) return { runtime, lambdaBase: `public.ecr.aws/lambda/${family === "dotnetcore" ? "dotnet" : family}:${tag}` };
  const provided = /^provided\.(al2023|al2)$/.exec(runtime)?.[1];
  return { runtime, lambdaBase: `public.ecr.aws/lambda/provided:${provided ?? "al2023"}` };
}
function classifyBase(ref) {
  const family = awsFamily(ref);
  if (family) {
    const { runtime, architecture, id } = runtimeFromTag(family, ref.tag);
    return { kind: "aws", family, runtime, runtimeId: id, os: runtime?.os, architecture };
  }
  const shortRepo = hubRepository(ref).replace(/^library\//, "");
  for (const ready of LAMBDA_READY) {
    if (ready.match.test(shortRepo)) {
      return { kind: "lambda-ready", vendor: ready.vendor, family: ready.family, os: ready.os, providesRuntimeClient: true, source: ready.source };
    }
  }
  return { kind: "other", os: guessOs(ref) };
}
function guessOs(ref) {
  const repo = hubRepository(ref).replace(/^library\//, "");
  const tag = ref.tag ?? "";
  if (repo === "scratch") return "scratch";
  if (repo === "alpine" || /(^|-)alpine/.test(tag)) return "alpine";
  if (repo.startsWith("distroless/") || ref.registry === "gcr.io" && repo.startsWith("distroless")) return "distroless";
  if (repo === "amazonlinux" || repo.endsWith("/amazonlinux")) return tag.startsWith("2023") ? "al2023" : tag === "" || tag === "latest" ? "al2023" : tag.startsWith("2") ? "al2" : void 0;
  if (repo === "ubuntu") return "ubuntu";
  if (ref.registry === "mcr.microsoft.com" && repo === "playwright/python" && /-(noble|jammy|focal)$/.test(tag)) return "ubuntu";
  if (repo === "debian" || ["python", "node", "ruby", "golang", "rust", "openjdk", "eclipse-temurin", "maven", "gradle"].includes(repo)) {
    return /alpine/.test(tag) ? "alpine" : "debian";
  }
  if (repo.startsWith("dotnet/") || repo === "mcr.microsoft.com/dotnet") return "debian";
  return void 0;
}
var AWS_BASE_CONFIG = {
  workdir: "/var/task",
  entrypoint: ["/lambda-entrypoint.sh"],
  env: { LAMBDA_TASK_ROOT: "/var/task", LAMBDA_RUNTIME_DIR: "/var/runtime", LANG: "en_US.UTF-8", TZ: ":/etc/localtime" }
};
var AWS_BASE_ENTRYPOINT_ENTRY = /ENTRYPOINT \[?"?\/lambda-entrypoint\.sh/;
function awsBaseLayerCount(history, layers) {
  let produced = 0;
  for (const h of history) {
    if (AWS_BASE_ENTRYPOINT_ENTRY.test(h.created_by ?? "")) return produced <= layers ? produced : 0;
    if (!h.empty_layer) produced++;
  }
  return 0;
}

// src/knowledge/lambda-signs.ts
var EVIDENCE_KINDS = [
  "an AWS Lambda base image (public.ecr.aws/lambda/..., amazon/aws-lambda-...), also through a stage alias or a build argument",
  "a base image whose name says lambda (bref and other vendor images built on the AWS ones)",
  "a runtime interface client installed, copied or launched (awslambdaric, aws-lambda-ric, aws_lambda_ric, the Java RIC, Amazon.Lambda.RuntimeSupport)",
  "the Lambda Web Adapter (COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter, AWS_LWA_* settings)",
  "LAMBDA_TASK_ROOT, /var/task or /var/runtime named in an instruction",
  "a handler-shaped CMD (app.handler, index.handler, pkg.Class::method) or a _HANDLER setting",
  "a bootstrap executable (COPY or build to .../bootstrap, ENTRYPOINT bootstrap)",
  "the Runtime Interface Emulator (aws-lambda-rie)",
  "Python running lambda_function.py as a script (or python -m pkg.lambda_function), the module name the Lambda console and AWS's Python examples give a function, in an image that exposes no port (a weak sign: on it alone LL101 warns rather than errs)",
  "configuration: `lambda: true` in .lint-lambda-image.yaml or the --lambda flag"
];
var LAMBDA_NAME = /(^|[/_.-])lambda([/_.-]|$)/i;
function lambdaNamedRepository(repository) {
  return LAMBDA_NAME.test(repository);
}

// src/core/glob.ts
var SPECIAL = /[.*+?^${}()|[\]\\/]/g;
var escapeRegExp = (s) => s.replace(SPECIAL, "\\$&");
function classOf(body) {
  let b = body;
  let neg = false;
  if (b.startsWith("^") || b.startsWith("!")) {
    neg = true;
    b = b.slice(1);
  }
  if (b === "") return void 0;
  let out = "";
  for (let i = 0; i < b.length; i++) {
    let c = b[i];
    if (c === "\\") {
      if (i + 1 >= b.length) return void 0;
      c = b[++i];
    }
    if (b[i + 1] === "-" && i + 2 < b.length) {
      let hi = b[i + 2];
      let skip = 2;
      if (hi === "\\") {
        if (i + 3 >= b.length) return void 0;
        hi = b[i + 3];
        skip = 3;
      }
      if (hi < c) return void 0;
      out += `${escapeRegExp(c)}-${escapeRegExp(hi)}`;
      i += skip;
    } else out += escapeRegExp(c);
  }
  return `[${neg ? "^" : ""}${out}]`;
}
var COMPILED = /* @__PURE__ */ new Map();
function globToRegExp(glob, star = "[^/]*") {
  const key = `${star}\0${glob}`;
  let compiled2 = COMPILED.get(key);
  if (!compiled2) {
    if (COMPILED.size >= 2048) COMPILED.clear();
    COMPILED.set(key, compiled2 = compile(glob, star));
  }
  return compiled2;
}
function compile(glob, star) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") re += star;
    else if (c === "?") re += star === ".*" ? "." : "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      const cls = close > 0 ? classOf(glob.slice(i + 1, close)) : void 0;
      if (cls === void 0) re += "\\[";
      else {
        re += cls;
        i = close;
      }
    } else if (c === "\\" && i + 1 < glob.length) re += escapeRegExp(glob[++i]);
    else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}

// src/dockerfile/keywords.ts
var KNOWN_INSTRUCTIONS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var INSTRUCTION_LINE = new RegExp(`^[ \\t]*(?:${[...KNOWN_INSTRUCTIONS].join("|")})(?:[ \\t]|$)`, "im");
function hasInstruction(text) {
  return INSTRUCTION_LINE.test(text);
}

// src/dockerfile/vars.ts
var MAX_EXPAND_DEPTH = 64;
function expand(input, scope, escape = "\\", depth = 0) {
  const unresolved = [];
  if (depth > MAX_EXPAND_DEPTH) return { value: input, unresolved: ["(nested too deeply)"] };
  let out = "";
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === escape && input[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (ch !== "$") {
      out += ch;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === "{") {
      const close = findClose(input, i + 2);
      if (close < 0) {
        out += input.slice(i);
        break;
      }
      out += expandBraced(input.slice(i + 2, close), scope, escape, unresolved, depth);
      i = close + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(input.slice(i + 1));
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    out += lookup(m[0], scope, unresolved);
    i += 1 + m[0].length;
  }
  return { value: out, unresolved };
}
function findClose(s, from) {
  let depth = 1;
  for (let j = from; j < s.length; j++) {
    if (s[j] === "{") depth++;
    else if (s[j] === "}" && --depth === 0) return j;
  }
  return -1;
}
function expandBraced(body, scope, escape, unresolved, depth) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(body);
  if (!m) return "${" + body + "}";
  const [, name, op, word = ""] = m;
  const state = scope.get(name);
  const known = state !== void 0 && "value" in state;
  const value = known ? state.value : "";
  if (!op) return lookup(name, scope, unresolved);
  const unknown = state !== void 0 && !known;
  if (unknown) {
    unresolved.push(name);
    return op.endsWith("-") ? `\${${name}}` : "";
  }
  const set = state !== void 0;
  const nonEmpty = set && value !== "";
  const useWord = op === ":-" ? !nonEmpty : op === "-" ? !set : op === ":+" ? nonEmpty : set;
  if (op.endsWith("-")) return useWord ? expand(word, scope, escape, depth + 1).value : value;
  return useWord ? expand(word, scope, escape, depth + 1).value : "";
}
function lookup(name, scope, unresolved) {
  const state = scope.get(name);
  if (state && "value" in state) return state.value;
  unresolved.push(name);
  return `\${${name}}`;
}
function expandWord(input, scope, escape = "\\") {
  if (!input.includes('"') && !input.includes("'")) return expand(input, scope, escape);
  const unresolved = [];
  let out = "";
  let i = 0;
  let plain = "";
  const flush = () => {
    if (!plain) return;
    const e = expand(plain, scope, escape);
    out += e.value;
    unresolved.push(...e.unresolved);
    plain = "";
  };
  while (i < input.length) {
    const ch = input[i];
    if (ch === escape && i + 1 < input.length && (input[i + 1] === '"' || input[i + 1] === "'")) {
      plain += input[i + 1];
      i += 2;
    } else if (ch === "'") {
      flush();
      const close = input.indexOf("'", i + 1);
      if (close < 0) {
        plain += input.slice(i);
        break;
      }
      out += input.slice(i + 1, close);
      i = close + 1;
    } else if (ch === '"') {
      flush();
      const close = input.indexOf('"', i + 1);
      if (close < 0) {
        plain += input.slice(i);
        break;
      }
      plain = input.slice(i + 1, close);
      flush();
      i = close + 1;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return { value: out, unresolved };
}
var LiveScope = class extends Map {
  version = 0;
  history = /* @__PURE__ */ new Map();
  constructor(from) {
    super();
    if (from) for (const [k, v] of from) this.set(k, v);
  }
  set(name, value) {
    if (this.history) {
      this.version++;
      let h = this.history.get(name);
      if (!h) this.history.set(name, h = { at: [], values: [] });
      h.at.push(this.version);
      h.values.push(value);
    }
    return super.set(name, value);
  }
  /** The scope as it is now, unaffected by later changes. */
  snapshot() {
    return new ScopeView(this, this.version);
  }
  /** A variable's value at a version (undefined: not declared then). */
  valueAt(name, version) {
    const h = this.history.get(name);
    if (!h || h.at[0] > version) return void 0;
    let lo = 0;
    let hi = h.at.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (h.at[mid] <= version) lo = mid;
      else hi = mid - 1;
    }
    return h.values[lo];
  }
  /** Names declared at a version, in declaration order. */
  *namesAt(version) {
    for (const [name, h] of this.history) if (h.at[0] <= version) yield name;
  }
};
var ScopeView = class {
  constructor(live, version) {
    this.live = live;
    this.version = version;
  }
  live;
  version;
  get(name) {
    return this.live.valueAt(name, this.version);
  }
  has(name) {
    return this.live.valueAt(name, this.version) !== void 0;
  }
  get size() {
    let n = 0;
    for (const _ of this.live.namesAt(this.version)) n++;
    return n;
  }
  *entries() {
    for (const name of this.live.namesAt(this.version)) yield [name, this.live.valueAt(name, this.version)];
  }
  *keys() {
    yield* this.live.namesAt(this.version);
  }
  *values() {
    for (const [, v] of this.entries()) yield v;
  }
  forEach(fn) {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
};

// src/dockerfile/model.ts
{
  const proto = import_dockerfile_ast.Instruction.prototype;
  const tokenise = proto.getRawArguments;
  const TOKENS = /* @__PURE__ */ Symbol("lint-lambda-image.arguments");
  proto.getRawArguments = function getRawArguments() {
    return (this[TOKENS] ??= tokenise.call(this)).slice();
  };
}
{
  const proto = import_parser.Parser.prototype;
  const create = proto.createInstruction;
  let last;
  proto.createInstruction = function createInstruction(dockerfile, instruction, start, instructionEnd, end) {
    const prev = last;
    last = void 0;
    if (prev && prev.dockerfile === dockerfile && prev.start === start && prev.instructionEnd === instructionEnd && prev.end === end && prev.instruction === instruction) return prev.made;
    const made = create.call(this, dockerfile, instruction, start, instructionEnd, end);
    last = { dockerfile, instruction, start, instructionEnd, end, made };
    return made;
  };
}
function spanOf(range3) {
  return { line: range3.start.line + 1, column: range3.start.character + 1, endLine: range3.end.line + 1, endColumn: range3.end.character + 1 };
}
function parseJsonArray(text) {
  try {
    const v = JSON.parse(text);
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  } catch {
  }
  return void 0;
}
var QUOTE_PAIRS = /* @__PURE__ */ new Map([['"', '"'], ["'", "'"], ["\u201C", "\u201D"], ["\u201D", "\u201D"], ["\u2018", "\u2019"], ["\u2019", "\u2019"]]);
function intendedExec(text) {
  const body = text.trim();
  if (!body.startsWith("[")) return void 0;
  const problems = [];
  let inner = body.slice(1);
  const close = inner.lastIndexOf("]");
  const after = close >= 0 ? inner.slice(close + 1).trim() : "";
  if (close >= 0 && after && !/["'\u201c\u201d\u2018\u2019]/.test(after)) {
    problems.push(`"${after}" follows the closing ]`);
    inner = inner.slice(0, close);
  } else if (inner.trimEnd().endsWith("]")) inner = inner.trimEnd().slice(0, -1);
  else problems.push("it has no closing ]");
  const words = [];
  const quotes = /* @__PURE__ */ new Set();
  let unquoted = false;
  let mismatched = false;
  let trailingComma = false;
  let i = 0;
  const skipSpace = () => {
    while (i < inner.length && /\s/.test(inner[i])) i++;
  };
  for (skipSpace(); i < inner.length; skipSpace()) {
    const close2 = QUOTE_PAIRS.get(inner[i]);
    let word = "";
    if (close2) {
      quotes.add(inner[i]);
      for (i++; i < inner.length && !QUOTE_PAIRS.has(inner[i]) && inner[i] !== close2; i++) word += inner[i] === "\\" && i + 1 < inner.length ? inner[++i] : inner[i];
      if (i < inner.length && inner[i] !== close2) mismatched = true;
      i++;
    } else {
      unquoted = true;
      for (; i < inner.length && inner[i] !== ","; i++) word += inner[i];
      word = word.trim();
    }
    if (!word) return void 0;
    words.push(word);
    skipSpace();
    trailingComma = false;
    if (inner[i] === ",") {
      i++;
      skipSpace();
      trailingComma = i >= inner.length;
    } else if (i < inner.length) return void 0;
  }
  if (words.length === 0) return void 0;
  if ([...quotes].some((q) => q !== '"' && q !== "'")) problems.push("it uses typographic quotes, not straight double quotes");
  else if (quotes.has("'")) problems.push("it uses single quotes, and JSON strings need double quotes");
  if (unquoted) problems.push("a word has no quotes");
  if (mismatched) problems.push("a word opens with one quote and closes with another");
  if (trailingComma) problems.push("a comma follows the last word");
  return { words, problem: problems.join("; ") || "it is not valid JSON" };
}
function parentsLanding(source, contextFile, dest) {
  const pivot = source.replace(/^\.\//, "").indexOf("/./");
  const base2 = pivot >= 0 ? source.replace(/^\.\//, "").slice(0, pivot) : "";
  const rel = base2 && contextFile.startsWith(`${base2}/`) ? contextFile.slice(base2.length + 1) : contextFile;
  return normalizePath(`${dest.replace(/\/+$/, "")}/${rel}`);
}
function copyExcludes(copy, path) {
  if (!copy.excludes?.length) return false;
  const segs = path.replace(/^\.\//, "").split("/");
  for (const raw of copy.excludes) {
    const pattern = raw.replace(/^\.\//, "").replace(/\/+$/, "");
    const deep = pattern.startsWith("**/");
    const re = globToRegExp(deep ? pattern.slice(3) : pattern);
    for (let end = 1; end <= segs.length; end++) {
      for (let start = 0; start < (deep ? end : 1); start++) if (re.test(segs.slice(start, end).join("/"))) return true;
    }
  }
  return false;
}
function execArray(words) {
  return `[${words.map((w) => JSON.stringify(w)).join(", ")}]`;
}
var HEREDOC_KEYWORDS = /* @__PURE__ */ new Set(["RUN", "COPY", "ADD"]);
var EXPANDED_BY_DOCKER = /* @__PURE__ */ new Set(["ADD", "COPY", "ENV", "EXPOSE", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"]);
var STAGE_KEYWORDS_NEEDING_ARGS = /* @__PURE__ */ new Set(["ADD", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "RUN", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ARG", "CMD", "ENTRYPOINT", "SHELL", "ONBUILD", "HEALTHCHECK"]);
function parseDockerfile(text, options = {}) {
  const ast = import_dockerfile_ast.DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();
  const lines = text.split(/\r?\n/);
  const buildArgs = options.buildArgs ?? {};
  const builder = new ModelBuilder(ast, lines, escape, buildArgs);
  const astInstructions = ast.getInstructions();
  for (const node of astInstructions) builder.add(node);
  builder.checkWholeFile(text, astInstructions.length);
  const target = builder.chooseTarget(options.target);
  if (target) markReachable(target);
  const { instructions, globalArgs, stages, problems, stageNames } = builder;
  return withShell({ file: options.file ?? "Dockerfile", text, lines, escape, syntax: syntaxDirective(ast), instructions, globalArgs, stages, target, problems, buildArgs }, stageNames);
}
function syntaxDirective(ast) {
  let syntax;
  for (const d of ast.getDirectives()) if (d.getName().toLowerCase() === "syntax") syntax = d.getValue() ?? void 0;
  return syntax;
}
function withShell(m, stageNames) {
  const shellMemo = /* @__PURE__ */ new Map();
  const scripts = /* @__PURE__ */ new Map();
  return {
    file: m.file,
    text: m.text,
    lines: m.lines,
    escape: m.escape,
    syntax: m.syntax,
    instructions: m.instructions,
    globalArgs: m.globalArgs,
    stages: m.stages,
    target: m.target,
    problems: m.problems,
    buildArgs: m.buildArgs,
    shell(ins) {
      if (shellMemo.has(ins)) return shellMemo.get(ins);
      const text = ins.shellText ?? (ins.keyword === "RUN" && ins.exec?.length ? ins.exec.map(shellQuote).join(" ") : void 0);
      const script = text !== void 0 && (ins.keyword === "RUN" || ins.keyword === "CMD" || ins.keyword === "ENTRYPOINT") ? parseShell(text, scripts) : void 0;
      shellMemo.set(ins, script);
      return script;
    },
    script(text) {
      return parseShell(text, scripts);
    },
    stageByName(name) {
      return stageNames.get(name.toLowerCase());
    }
  };
}
function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
var ModelBuilder = class {
  constructor(ast, lines, escape, buildArgs) {
    this.lines = lines;
    this.escape = escape;
    this.buildArgs = buildArgs;
    this.comments = ast.getComments().map((c) => ({ text: c.getContent() ?? "", line: c.getRange().start.line + 1 }));
  }
  lines;
  escape;
  buildArgs;
  instructions = [];
  stages = [];
  /** Stage names (lower case) to the first stage of that name: a lookup per FROM and COPY --from stays O(1). */
  stageNames = /* @__PURE__ */ new Map();
  globalArgs = [];
  problems = [];
  globalScope = new LiveScope();
  comments;
  stage;
  scope = new LiveScope();
  /** Instructions share one copy of the scope until an ARG, ENV or FROM changes it. */
  snapshot;
  /** Variables copied into stages by FROM <stage> so far (LIMITS.maxInheritedVariables). */
  inherited = 0;
  lastLine = 0;
  nextComment = 0;
  /**
   * ENV's two forms (docs.docker.com/reference/dockerfile/#env): `NAME=value ...`, where BuildKit refuses a word
   * without `=` ("Syntax error - can't find = in ..."), and the legacy `NAME value`, whose value is the rest of the
   * line: `ENV NAME = value` sets NAME to "= value".
   */
  checkEnvForm(ins, assigned) {
    const [first] = ins.properties;
    if (!first) return;
    if (assigned[0]) {
      const bare = ins.properties.findIndex((p, i) => !assigned[i] && p.value === void 0);
      if (bare > 0) this.problems.push({ messageId: "envMissingEquals", span: ins.span, data: { word: ins.properties[bare].name || "=" } });
    } else if (first.value?.startsWith("=")) {
      const rest = first.value.replace(/^=\s*/, "");
      const bare = rest.replace(/^(["'])(.*)\1$/, "$2");
      const pair = /\s=(\s|$)/.test(rest) || ins.text.includes("\n") ? void 0 : /\s/.test(bare) && rest === bare ? `${first.name}="${bare}"` : `${first.name}=${rest}`;
      const fix = pair ? `Remove the spaces around "=": ENV ${pair}.` : 'Write each variable as NAME=value, without spaces around "=" (quote a value that has spaces).';
      this.problems.push({ messageId: "envSpacedEquals", span: ins.span, data: { name: first.name, actual: first.value.replace(/^(=\s*)(["'])(.*)\2$/, "$1$3"), fix } });
    }
  }
  add(node) {
    const ins = this.read(node);
    const { keyword, span } = ins;
    if (!KNOWN_INSTRUCTIONS.has(keyword)) {
      this.problems.push({ messageId: "unknownInstruction", span, data: { keyword: (this.lines[span.line - 1] ?? "").trim().split(/\s+/)[0] || node.getKeyword() } });
      this.instructions.push(ins);
      return;
    }
    if (STAGE_KEYWORDS_NEEDING_ARGS.has(keyword) && ins.words.length === 0) {
      this.problems.push({ messageId: "missingArguments", span, data: { keyword } });
    }
    this.readForm(ins);
    this.readHeredocs(ins, node);
    if (keyword === "ENV" || keyword === "ARG" || keyword === "LABEL") {
      const props = node.getProperties();
      ins.properties = keyword === "ARG" && ins.words.length > 1 && !ins.words[0].includes("=") ? argDeclarations(ins.words) : props.map((p) => ({ name: p.getName(), value: p.getValue() ?? void 0 }));
      if (keyword === "ENV") this.checkEnvForm(ins, props.map((p) => p.getAssignmentOperator() !== null));
    }
    if (keyword === "FROM") this.openStage(ins);
    else if (this.stage) this.addToStage(this.stage, ins);
    else this.addBeforeFirstStage(ins);
  }
  /** The instruction as written: keyword, place, arguments, flags, the comments above it, the scope it sees. */
  read(node) {
    const keyword = node.getKeyword().toUpperCase();
    const span = spanOf(node.getRange());
    const flagNodes = typeof node.getFlags === "function" ? node.getFlags() : [];
    const stage = this.stage;
    const args = node.getArguments();
    return {
      keyword,
      index: this.instructions.length,
      span,
      text: argumentsContent(node, args),
      words: args.map((a) => a.getValue()),
      flags: flagNodes.map((f) => ({ name: f.getName(), value: f.getValue() ?? void 0 })),
      stage,
      jsonInvalid: false,
      heredocs: [],
      properties: [],
      scope: this.snapshot ??= this.scope.snapshot(),
      // The stage's working directory so far (applyToStage keeps it, inherited through FROM <stage>).
      workdir: keyword === "FROM" ? "/" : stage?.workdir?.value ?? "/",
      comments: this.commentsAbove(span),
      ast: node
    };
  }
  /** The comment lines between the previous instruction and this one. */
  commentsAbove(span) {
    const attached = [];
    const comments = this.comments;
    while (this.nextComment < comments.length && comments[this.nextComment].line < span.line) {
      if (comments[this.nextComment].line > this.lastLine) attached.push(comments[this.nextComment]);
      this.nextComment++;
    }
    this.lastLine = span.endLine;
    return attached;
  }
  /** Exec (JSON) or shell form of RUN, CMD, ENTRYPOINT and SHELL. */
  readForm(ins) {
    const keyword = ins.keyword;
    if (keyword !== "RUN" && keyword !== "CMD" && keyword !== "ENTRYPOINT" && keyword !== "SHELL") return;
    const body = ins.text.trim();
    if (body.startsWith("[")) {
      const parsed = parseJsonArray(body);
      if (parsed) ins.exec = parsed;
      else if (keyword === "RUN" && !(body.endsWith("]") && (body.includes(",") || /^\[['"]/.test(body)))) ins.shellText = body;
      else {
        ins.jsonInvalid = true;
        const meant = intendedExec(body);
        this.problems.push({ messageId: "invalidJson", span: ins.span, data: { keyword, text: body, problem: meant?.problem ?? "it is not valid JSON", fixed: meant ? execArray(meant.words) : '["executable", "argument"]' } });
      }
    }
    if (!ins.exec) ins.shellText = body;
  }
  /**
   * BuildKit reads heredocs only in RUN, COPY and ADD, also behind ONBUILD; dockerfile-ast would look for them in
   * every instruction (and so report an unclosed `CMD cat <<EOF`, which BuildKit passes to the shell as it is).
   */
  readHeredocs(ins, node) {
    const keyword = ins.keyword;
    if (!HEREDOC_KEYWORDS.has(keyword === "ONBUILD" ? (ins.words[0] ?? "").toUpperCase() : keyword)) return;
    if (typeof node.getHeredocs !== "function") return;
    if (!ins.words.some((w) => w.startsWith("<<"))) return;
    for (const h of node.getHeredocs()) {
      if (!h.getName()) continue;
      const range3 = h.getContentRange();
      const content = range3 ? sliceRange(this.lines, range3) : "";
      ins.heredocs.push({ name: h.getName(), content });
      if (!h.getDelimiterRange()) this.problems.push({ messageId: "unterminatedHeredoc", span: ins.span, data: { name: h.getName() } });
    }
    if (keyword === "RUN" && ins.heredocs.length > 0) ins.shellText = heredocScript(ins.shellText ?? "", ins.heredocs);
  }
  /** FROM: a new stage, its base image classified (or the earlier stage it names), its settings inherited. */
  openStage(ins) {
    const positional3 = ins.words;
    const { globalScope, escape } = this;
    const imageWord = positional3[0] ?? "";
    const asIndex = positional3.findIndex((w) => w.toUpperCase() === "AS");
    const name = asIndex >= 0 ? positional3[asIndex + 1] : void 0;
    if (!imageWord) this.problems.push({ messageId: "missingArguments", span: ins.span, data: { keyword: ins.keyword } });
    const expanded = expandWord(imageWord, globalScope, escape);
    const parent = this.stageNames.get(expanded.value.toLowerCase());
    const ref = parseImageRef(expanded.value);
    const scratch = expanded.value.toLowerCase() === "scratch";
    const kind = parent ? parent.base.kind : scratch ? { kind: "other", os: "scratch" } : classifyBase(ref);
    const platformFlag = ins.flags.find((f) => f.name === "platform")?.value;
    const stage = {
      index: this.stages.length,
      name,
      fromInstruction: ins,
      base: { written: imageWord, expanded, ref, stage: parent, scratch, kind, platform: platformFlag ? expand(platformFlag, globalScope, escape).value : void 0 },
      instructions: [],
      dependsOn: new Set(parent ? [parent] : []),
      reachesTarget: false,
      workdir: void 0,
      entrypoint: void 0,
      cmd: void 0,
      env: /* @__PURE__ */ new Map(),
      user: void 0,
      scope: /* @__PURE__ */ new Map()
    };
    if (parent) {
      this.inherited += parent.env.size + parent.scope.size;
      if (this.inherited > LIMITS.maxInheritedVariables) throw new LimitError(`has stages that inherit more than ${LIMITS.maxInheritedVariables.toLocaleString("en-US")} variables in all through FROM <stage> (limit: maxInheritedVariables); not linted`);
    }
    inheritSettings(stage, parent);
    ins.stage = stage;
    this.stage = stage;
    this.stages.push(stage);
    if (name !== void 0 && !this.stageNames.has(name.toLowerCase())) this.stageNames.set(name.toLowerCase(), stage);
    this.scope = new LiveScope(stage.scope);
    this.snapshot = void 0;
    ins.scope = globalScope.snapshot();
    this.instructions.push(ins);
  }
  /** Before the first FROM only ARG may stand: a global build arg (the command line's value wins). */
  addBeforeFirstStage(ins) {
    const { globalScope, escape } = this;
    if (ins.keyword === "ARG") {
      for (const p of ins.properties) {
        const fromCli = this.buildArgs[p.name];
        if (fromCli !== void 0) globalScope.set(p.name, { value: fromCli });
        else if (p.value !== void 0) globalScope.set(p.name, { value: expand(p.value, globalScope, escape).value });
        else globalScope.set(p.name, { unknown: true });
      }
      this.globalArgs.push(ins);
      ins.scope = globalScope.snapshot();
    } else {
      this.problems.push({ messageId: "noFrom", span: ins.span, data: { keyword: ins.keyword } });
    }
    this.instructions.push(ins);
  }
  addToStage(stage, ins) {
    if (this.globalArgs.length && EXPANDED_BY_DOCKER.has(ins.keyword) && ins.heredocs.length === 0) this.checkGlobalArgs(stage, ins);
    stage.instructions.push(ins);
    this.instructions.push(ins);
    applyToStage(stage, ins, this.scope, this.globalScope, this.buildArgs, this.escape, this.stages, this.stageNames);
    if (ins.keyword === "ARG" || ins.keyword === "ENV") this.snapshot = void 0;
    stage.scope = this.scope;
  }
  /**
   * A global ARG (declared before the first FROM) used in a stage that does not declare it again: after FROM it is
   * not in scope, so Docker expands it to nothing (docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact;
   * BuildKit's UndefinedVar check). Once per stage and name; a variable the stage sets with ENV is its own.
   */
  checkGlobalArgs(stage, ins) {
    const { unresolved } = expand(ins.text, this.scope, this.escape);
    for (const name of unresolved) {
      if (!this.globalScope.has(name) || stage.env.has(name)) continue;
      const key = `${this.stages.indexOf(stage)}:${name}`;
      if (this.globalArgReported.has(key)) continue;
      this.globalArgReported.add(key);
      const declared = this.globalArgs.find((a) => a.properties.some((p) => p.name === name));
      this.problems.push({ messageId: "globalArgNotInStage", span: ins.span, data: { name, keyword: ins.keyword, line: String(declared?.span.line ?? 1), from: String(stage.fromInstruction.span.line) } });
    }
  }
  globalArgReported = /* @__PURE__ */ new Set();
  /** Problems of the file as a whole: empty, or no FROM at all. */
  checkWholeFile(text, astInstructions) {
    const problems = this.problems;
    if (astInstructions === 0) {
      problems.push({ messageId: text.trim() === "" ? "empty" : "noFrom", span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, data: { keyword: "" } });
    } else if (this.stages.length === 0 && !problems.some((p) => p.messageId === "noFrom")) {
      problems.push({ messageId: "noFrom", span: this.instructions[0].span, data: { keyword: this.instructions[0].keyword } });
    }
  }
  /** The stage that is built: the one `--target` names, else the last. */
  chooseTarget(name) {
    if (!name) return this.stages[this.stages.length - 1];
    const target = this.stageNames.get(name.toLowerCase());
    if (!target) this.problems.push({ messageId: "unknownTarget", span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, data: { target: name } });
    return target;
  }
};
function argumentsContent(node, args) {
  if (args.length === 0) return "";
  const start = args[0].getRange().start;
  const end = args[args.length - 1].getRange().end;
  if (start.line !== end.line) return node.getArgumentsContent() ?? "";
  const doc = node.document;
  return doc.getText().substring(doc.offsetAt(start), doc.offsetAt(end));
}
function sliceRange(lines, range3) {
  const out = [];
  for (let l = range3.start.line; l <= range3.end.line && l < lines.length; l++) {
    const line = lines[l];
    const from = l === range3.start.line ? range3.start.character : 0;
    const to = l === range3.end.line ? range3.end.character : line.length;
    out.push(line.slice(from, to));
  }
  return out.join("\n");
}
function heredocScript(firstLine, heredocs) {
  const head = firstLine.split("\n")[0] ?? "";
  const rest = head.replace(/<<-?\s*["']?\w+["']?/g, "").trim();
  const words = rest.split(/\s+/).filter(Boolean);
  const interpreterOnly = words.length === 0 || isShell(words[0]) && words.slice(1).every((w) => w.startsWith("-"));
  if (interpreterOnly) return heredocs.map((h) => h.content).join("\n");
  const interpreter = words[0] ?? "";
  if (words.length >= 1 && !isShell(interpreter) && /^(python\d*(\.\d+)?|node|ruby|perl)$/.test(interpreter) && words.slice(1).every((w) => w.startsWith("-"))) {
    return "";
  }
  return head.replace(/<<-?\s*["']?(\w+)["']?/g, "");
}
function inheritSettings(stage, parent) {
  if (parent) {
    stage.workdir = parent.workdir;
    stage.entrypoint = parent.entrypoint;
    stage.cmd = parent.cmd;
    stage.user = parent.user;
    stage.env = new Map(parent.env);
    for (const [k, v] of parent.env) stage.scope.set(k, { value: v.value });
    return;
  }
  if (stage.base.kind.kind === "aws") {
    stage.workdir = { value: AWS_BASE_CONFIG.workdir };
    stage.entrypoint = { value: { exec: [...AWS_BASE_CONFIG.entrypoint] } };
    for (const [k, v] of Object.entries(AWS_BASE_CONFIG.env)) {
      stage.env.set(k, { value: v });
      stage.scope.set(k, { value: v });
    }
  }
}
function applyToStage(stage, ins, scope, globalScope, buildArgs, escape, stages, stageNames) {
  const ex = (s) => expand(s, scope, escape).value;
  const word = (s) => expandWord(s, scope, escape).value;
  switch (ins.keyword) {
    case "ARG":
      for (const p of ins.properties) {
        const fromCli = buildArgs[p.name];
        if (fromCli !== void 0) scope.set(p.name, { value: fromCli });
        else if (p.value !== void 0) scope.set(p.name, { value: ex(p.value) });
        else if (globalScope.has(p.name)) scope.set(p.name, globalScope.get(p.name));
        else if (!scope.has(p.name)) scope.set(p.name, { unknown: true });
      }
      break;
    case "ENV": {
      const values = ins.properties.map((p) => ex(p.value ?? ""));
      ins.properties.forEach((p, i) => {
        scope.set(p.name, { value: values[i] });
        stage.env.set(p.name, { value: values[i], from: ins });
      });
      break;
    }
    case "WORKDIR": {
      const dir = word(ins.words.join(" "));
      const prev = stage.workdir?.value ?? "/";
      const abs = dir.startsWith("/") || dir.startsWith("$") ? dir : `${prev.replace(/\/$/, "")}/${dir}`;
      stage.workdir = { value: normalizePath(abs), from: ins };
      break;
    }
    case "ENTRYPOINT":
      stage.entrypoint = { value: ins.exec ? { exec: ins.exec } : { shell: ins.shellText ?? "" }, from: ins };
      if (stage.cmd && stage.cmd.from?.stage !== stage) stage.cmd = void 0;
      break;
    case "CMD":
      stage.cmd = { value: ins.exec ? { exec: ins.exec } : { shell: ins.shellText ?? "" }, from: ins };
      break;
    case "USER":
      stage.user = { value: word(ins.words.join(" ")), from: ins };
      break;
    case "COPY":
    case "ADD": {
      const positional3 = ins.words;
      const body = ins.text.trim();
      let parts;
      if (body.startsWith("[")) parts = parseJsonArray(body) ?? positional3;
      else parts = ins.heredocs.length ? (body.split("\n")[0] ?? "").split(/\s+/).filter((w) => w && !w.startsWith("<<")) : positional3;
      const rawDest = parts.length > 0 ? parts[parts.length - 1] : "";
      parts = parts.map((p) => word(p));
      const dest = parts.length > 0 ? TASK_ROOT_DEST.test(rawDest) && leavesTaskRootUnset(stage, scope) ? word(rawDest.replace(TASK_ROOT_VAR, "")) : parts[parts.length - 1] : "";
      const from = ins.flags.find((f) => f.name === "from")?.value;
      const fromValue = from ? word(from) : void 0;
      const fromStage = fromValue !== void 0 ? findStage(stages, stageNames, fromValue, stage) : void 0;
      if (fromStage) stage.dependsOn.add(fromStage);
      ins.copy = {
        sources: parts.slice(0, -1),
        dest: resolveDest(dest, stage.workdir?.value),
        from: fromValue,
        fromStage,
        chmod: ins.flags.find((f) => f.name === "chmod")?.value,
        chown: ins.flags.find((f) => f.name === "chown")?.value,
        ...ins.flags.some((f) => f.name === "parents" && (f.value === void 0 || f.value === "" || f.value === "true")) ? { parents: true } : {},
        ...ins.flags.some((f) => f.name === "exclude" && f.value) ? { excludes: ins.flags.filter((f) => f.name === "exclude" && f.value).map((f) => word(f.value)) } : {},
        heredocs: ins.heredocs
      };
      break;
    }
    case "RUN":
      for (const f of ins.flags) {
        if (f.name !== "mount" || !f.value) continue;
        const m = /(?:^|,)from=([^,]+)/.exec(f.value);
        if (m) {
          const s = findStage(stages, stageNames, ex(m[1]), stage);
          if (s) stage.dependsOn.add(s);
        }
      }
      break;
  }
}
function findStage(stages, stageNames, ref, current) {
  if (/^\d+$/.test(ref)) {
    const s2 = stages[Number(ref)];
    return s2 && s2 !== current ? s2 : void 0;
  }
  const s = stageNames.get(ref.toLowerCase());
  return s !== current ? s : void 0;
}
var TASK_ROOT_DEST = /^"?\$(\{LAMBDA_TASK_ROOT\}|LAMBDA_TASK_ROOT\b)/;
var TASK_ROOT_VAR = /\$(\{LAMBDA_TASK_ROOT\}|LAMBDA_TASK_ROOT\b)/;
function leavesTaskRootUnset(stage, scope) {
  return !scope.has("LAMBDA_TASK_ROOT") && baseSetsNoLambdaVariables(stage);
}
function baseSetsNoLambdaVariables(stage) {
  let s = stage;
  while (s.base.stage) s = s.base.stage;
  const kind = s.base.kind;
  return kind.kind === "other" && kind.os !== void 0 && s.base.expanded.unresolved.length === 0 && !lambdaNamedRepository(s.base.ref.repository);
}
function resolveDest(written, workdir) {
  const dest = written === "" ? "./" : written;
  if (dest.startsWith("/") || dest.startsWith("$")) return normalizePath(dest, dest.endsWith("/"));
  const base2 = workdir ?? "/";
  return normalizePath(`${base2.replace(/\/$/, "")}/${dest}`, dest.endsWith("/") || dest === "." || dest === "./");
}
function flattenedFrom(stage) {
  if (!stage.base.scratch) return void 0;
  const copy = stage.instructions.find((i) => i.keyword !== "ARG" && i.keyword !== "LABEL")?.copy;
  return copy?.fromStage && copy.sources.length === 1 && copy.sources[0] === "/" && copy.dest.replace(/\/+$/, "") === "" ? copy.fromStage : void 0;
}
function normalizePath(p, keepTrailing = false) {
  const parts = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  const out = `/${parts.join("/")}`;
  return keepTrailing && out !== "/" ? `${out}/` : out;
}
function markReachable(target) {
  const todo = [target];
  for (let stage = todo.pop(); stage; stage = todo.pop()) {
    if (stage.reachesTarget) continue;
    stage.reachesTarget = true;
    for (const dep of stage.dependsOn) if (!dep.reachesTarget) todo.push(dep);
  }
}
function stageLineage(stage) {
  const out = [];
  for (let s = stage; s; s = s.base.stage) out.push(s);
  return out;
}
function argDeclarations(words) {
  return words.map((w) => {
    const eq = w.indexOf("=");
    if (eq < 0) return { name: w, value: void 0 };
    const raw = w.slice(eq + 1);
    const quoted = raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw.endsWith(raw[0]);
    return { name: w.slice(0, eq), value: quoted ? raw.slice(1, -1) : raw };
  });
}
function flagText(f) {
  return f.value === void 0 ? `--${f.name}` : `--${f.name}=${f.value}`;
}
function withFlag(ins, name, value, args = ins.text.trim()) {
  const flags = ins.flags.map((f) => f.name === name ? `--${name}=${value}` : flagText(f));
  if (!ins.flags.some((f) => f.name === name)) flags.push(`--${name}=${value}`);
  return [ins.keyword, ...flags, args].join(" ");
}
function envWritten(stage, word) {
  const ref = /\$(?:\{(\w+)\}|([A-Za-z_]\w*))/.exec(word);
  if (!ref) return void 0;
  let known = true;
  const value = word.replace(/\$(?:\{(\w+)\}|([A-Za-z_]\w*))/g, (_, a, b) => {
    const v = stage.env.get(a ?? b)?.value;
    if (v === void 0 || v.includes("$")) known = false;
    return v ?? "";
  });
  return { variable: ref[1] ?? ref[2], value, known };
}
function envPathList(stage, name) {
  return (stage.env.get(name)?.value ?? "").split(":").filter((p) => p.startsWith("/") && !p.includes("$")).map((p) => p.replace(/(.)\/+$/, "$1"));
}

// src/engine/config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/core/sizes.ts
var SIZE_PATTERN = "^\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|KiB|MiB|GiB)$";
var UNITS = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };
function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)$/.exec(s.trim());
  if (!m) return Number.NaN;
  return Number(m[1]) * UNITS[m[2]];
}

// src/engine/config.ts
var CONFIG_FILES = [".lint-lambda-image.yaml", ".lint-lambda-image.yml", ".lint-lambda-image.json"];
var ConfigError = class extends Error {
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.file = file;
  }
  file;
};
function configSchema(rules2) {
  const ids = rules2.flatMap((r) => [r.code, r.name]);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/lint-lambda-image/lint-lambda-image/schema/config.schema.json",
    title: "lint-lambda-image configuration",
    description: "Configuration of lint-lambda-image (.lint-lambda-image.yaml, .yml or .json). Generated from rule metadata.",
    type: "object",
    additionalProperties: false,
    properties: {
      ignore: {
        description: "Rules to turn off, by code (LL201) or name (base-image-unpinned).",
        type: "array",
        items: { enum: ids },
        uniqueItems: true
      },
      rules: {
        description: "Per-rule severity: error, warning (or warn, as in ESLint), info, or off.",
        type: "object",
        propertyNames: { enum: ids },
        additionalProperties: { enum: ["error", "warning", "warn", "info", "off"] }
      },
      "failure-threshold": {
        description: "Lowest severity that makes the run fail (exit 1).",
        enum: ["error", "warning", "info", "none"]
      },
      "build-args": {
        description: "Build arguments, as --build-arg gives them.",
        type: "object",
        additionalProperties: { type: "string" }
      },
      exclude: {
        description: "Files to leave out, as globs relative to this configuration file (legacy/**, **/Dockerfile.dev, tools/*.Dockerfile); applies to folders and globs given on the command line or to the Action, and to files named explicitly (pre-commit passes them so).",
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      estimates: {
        description: "Size and cold-start estimates in the default (stylish) output: true shows the full block for every input, false none; absent: the full block for one input, one line per input for several. --estimates / --no-estimates override it.",
        type: "boolean"
      },
      ...ruleOptionProperties(rules2),
      lambda: {
        description: "true: judge every Dockerfile as a Lambda image; false: never apply the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110). Absent: decide per file from evidence (an AWS Lambda base image, a runtime interface client, LAMBDA_TASK_ROOT, a handler CMD, a bootstrap ...).",
        type: "boolean"
      }
    }
  };
}
function ruleOptionProperties(rules2) {
  const out = {};
  for (const r of rules2) {
    for (const [key, spec] of Object.entries(r.options ?? {})) out[key] = { description: `${spec.description} (${r.code} ${r.name})`, ...spec.schema };
  }
  return out;
}
function optionsOf(rule, config) {
  const out = {};
  for (const [key, spec] of Object.entries(rule.options ?? {})) out[key] = config[key] ?? spec.default;
  return out;
}
function findConfig(start, memo) {
  const from = resolve(start);
  const asked = memo?.get(from);
  if (asked !== void 0) return asked ?? void 0;
  let dir = from;
  try {
    if (!statInput(dir).isDirectory()) dir = dirname(dir);
  } catch {
    dir = dirname(dir);
  }
  const walked = [];
  let found = null;
  for (; ; ) {
    const known = memo?.get(dir);
    if (known !== void 0) {
      found = known;
      break;
    }
    walked.push(dir);
    const here = CONFIG_FILES.map((name) => join(dir, name)).find((candidate) => existsSync(candidate));
    if (here) {
      found = here;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (memo) {
    for (const d of walked) memo.set(d, found);
    memo.set(from, found);
  }
  return found ?? void 0;
}
var validator;
async function getValidator(rules2) {
  if (validator) return validator;
  const { default: Ajv } = await import("./ajv-I33VRMPP.js");
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  validator = ajv.compile(configSchema(rules2));
  return validator;
}
function loadConfig(file, rules2, cache) {
  const key = resolve(file);
  let p = cache?.get(key);
  if (!p) {
    p = readConfig(file, rules2);
    cache?.set(key, p);
  }
  return p;
}
function measureShape(data) {
  let depth = 0;
  let keys = 0;
  const stack = [[data, 1]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (d > depth) depth = d;
    if (depth > LIMITS.maxNesting || keys > LIMITS.maxConfigKeys) break;
    const children = Array.isArray(v) ? v : Object.values(v);
    if (!Array.isArray(v)) keys += children.length;
    for (const c of children) stack.push([c, d + 1]);
  }
  return { depth, keys };
}
async function readConfig(file, rules2) {
  let text;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new ConfigError(file, "the configuration is not a regular file");
    if (st.size > LIMITS.maxConfigBytes) throw new ConfigError(file, `the configuration is ${st.size} bytes, larger than the ${formatLimit(LIMITS.maxConfigBytes)} limit`);
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(file, `cannot read the configuration (${e.code ?? "error"})`);
  }
  let data;
  try {
    if (file.endsWith(".json")) data = JSON.parse(text);
    else {
      const yaml = await import("./dist-QZOKR2G4.js");
      const parse = yaml.parse ?? yaml.default.parse;
      data = parse(text);
    }
  } catch (e) {
    if (e instanceof RangeError || /call stack/i.test(String(e?.message))) throw new ConfigError(file, `is nested too deeply to read (limit: ${LIMITS.maxNesting} levels)`);
    throw new ConfigError(file, `not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${String(e.message).split("\n")[0]}`);
  }
  if (data === null || data === void 0) return {};
  const shape = measureShape(data);
  if (shape.depth > LIMITS.maxNesting) throw new ConfigError(file, `is nested ${shape.depth} levels deep, more than the ${LIMITS.maxNesting} limit`);
  if (shape.keys > LIMITS.maxConfigKeys) throw new ConfigError(file, `has more than ${LIMITS.maxConfigKeys} keys (limit)`);
  const validate = await getValidator(rules2);
  const written = data;
  data = ruleIdsNormalized(data);
  if (!validate(data)) {
    const errors = validate.errors;
    const err = errors.find((e) => e.keyword === "propertyNames") ?? errors[0];
    throw new ConfigError(file, describeError(err, rules2, written));
  }
  return normalize(data);
}
function normalize(config) {
  if (!config.rules) return config;
  const rules2 = Object.fromEntries(Object.entries(config.rules).map(([k, v]) => [k, v === "warn" ? "warning" : v]));
  return { ...config, rules: rules2 };
}
function ruleIdsNormalized(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const d = data;
  const id = (v) => typeof v !== "string" ? v : /^ll\d{3}$/i.test(v) ? v.toUpperCase() : /^[a-z0-9-]+$/i.test(v) ? v.toLowerCase() : v;
  const out = { ...d };
  if (Array.isArray(d.ignore)) out.ignore = d.ignore.map(id);
  if (d.rules && typeof d.rules === "object" && !Array.isArray(d.rules)) out.rules = Object.fromEntries(Object.entries(d.rules).map(([k, v]) => [id(k), v]));
  return out;
}
function valueAt(data, pointer) {
  let v = data;
  for (const part of pointer.split("/").slice(1)) v = typeof v === "object" && v !== null ? v[part] : void 0;
  return v;
}
function closestRule(written, rules2) {
  return closest(written, rules2.flatMap((r) => [r.code, r.name]));
}
var TYPE_HINTS = {
  ignore: "must be a list of rule codes or names, e.g. ignore: [LL301, base-image-unpinned]",
  exclude: 'must be a list of globs, e.g. exclude: ["legacy/**"]',
  "build-args": 'must be a map of names to values, e.g. build-args: { PY: "3.12" }',
  rules: "must be a map of rules to severities, e.g. rules: { LL201: warning }"
};
function describeError(err, rules2, data) {
  const path = err.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(top level)";
  const written = valueAt(data, err.instancePath);
  const quoted = typeof written === "string" ? `"${written}"` : JSON.stringify(written);
  const didYouMean = (w) => {
    const near = typeof w === "string" ? closestRule(w, rules2) : void 0;
    return near ? ` (did you mean ${near}?)` : "";
  };
  switch (err.keyword) {
    case "additionalProperties":
      return `unknown key "${String(err.params.additionalProperty)}"${path === "(top level)" ? "" : ` in ${path}`}; allowed: ${path === "(top level)" ? Object.keys(configSchema(rules2).properties).join(", ") : "see schema/config.schema.json"}`;
    case "enum":
      if (path.startsWith("ignore")) return `ignore: unknown rule ${quoted}${didYouMean(written)}; use a code (${rules2[0]?.code}) or a name (${rules2[0]?.name}); see --list-rules`;
      if (path.startsWith("rules.")) return `${path}: ${quoted} must be one of error, warning, info, off (warn means warning)`;
      return `${path}: ${quoted} must be one of ${err.params.allowedValues.join(", ")}`;
    case "propertyNames":
      return `rules: unknown rule "${String(err.params.propertyName)}"${didYouMean(err.params.propertyName)}; use a code (${rules2[0]?.code}) or a name (${rules2[0]?.name}), see --list-rules`;
    case "pattern":
      return err.params.pattern === SIZE_PATTERN ? `${path}: ${quoted} is not a size; write one such as 500MB or 2GB` : `${path}: ${err.message ?? "invalid"}`;
    case "type":
      if (TYPE_HINTS[path]) return `${path} ${TYPE_HINTS[path]} (found ${quoted})`;
      if (err.params.type === "boolean") return `${path} must be true or false (found ${quoted})`;
      return `${path}: ${err.message ?? "invalid"} (found ${quoted})`;
    default:
      return `${path}: ${err.message ?? "invalid"}`;
  }
}

// rules/LL001-dockerfile-syntax.ts
import { basename as basename3 } from "node:path";

// src/core/types.ts
var SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
function atLeast(severity, threshold) {
  if (threshold === "none") return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
var DOCS_BASE = "https://github.com/lint-lambda-image/lint-lambda-image/blob/main/docs/rules/";
function docsUrlFor(code) {
  return `${DOCS_BASE}${code}.md`;
}

// src/core/memo.ts
function memoOn(owner, key, compute) {
  const slots = owner;
  let slot = slots[key];
  if (!slot) slots[key] = slot = { value: compute() };
  return slot.value;
}

// src/core/paths.ts
function pathWithin(path, dir) {
  const clean = (p2) => p2.replace(/\/\*$/, "").replace(/\/+$/, "") || "/";
  const p = clean(path);
  const d = clean(dir);
  return d === "/" || p === d || p.startsWith(`${d}/`);
}
var TAR_ARCHIVE = /\.(tar(\.(gz|bz2|xz|zst))?|tgz|tbz2?|txz)$/i;
function contextPath(source) {
  const out = [];
  for (const seg of source.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

// src/dockerfile/commands.ts
var PY_RE = /^python(\d+(\.\d+)?)?$/;
function managerOf(cmd) {
  const name = commandName(cmd);
  const args = cmd.args;
  if (PY_RE.test(name)) {
    const m = args.indexOf("-m");
    if (m >= 0 && /^pip\d*(\.\d+)?$/.test(args[m + 1] ?? "")) return { manager: "pip", rest: args.slice(m + 2) };
    if (m >= 0 && args[m + 1] === "uv") return { manager: "uv", rest: args.slice(m + 2) };
    return void 0;
  }
  if (/^pip\d*(\.\d+)?$/.test(name)) return { manager: "pip", rest: args };
  if (name === "uv" && args[0] === "pip") return { manager: "uv", rest: args.slice(1) };
  if (name === "uv") return { manager: "uv", rest: args };
  if (name === "corepack" && ["yarn", "pnpm"].includes(args[0] ?? "")) return { manager: args[0], rest: args.slice(1) };
  if (["mamba", "micromamba"].includes(name)) return { manager: "conda", rest: args };
  if (name === "mvnw" || name === "./mvnw") return { manager: "mvn", rest: args };
  if (name === "gradlew") return { manager: "gradle", rest: args };
  const known = ["apt-get", "apt", "aptitude", "apk", "yum", "dnf", "microdnf", "poetry", "pipenv", "conda", "npm", "yarn", "pnpm", "bun", "gem", "bundle", "go", "mvn", "gradle", "dotnet", "cargo"];
  if (known.includes(name)) return { manager: name, rest: args };
  if (name === "bundler") return { manager: "bundle", rest: args };
  return void 0;
}
var VALUE_OPTIONS = {
  pip: /* @__PURE__ */ new Set(["-r", "--requirement", "-c", "--constraint", "-t", "--target", "-i", "--index-url", "--extra-index-url", "--prefix", "--root", "-f", "--find-links", "--platform", "--python-version", "--implementation", "--abi", "--only-binary", "--no-binary", "--cache-dir", "--trusted-host", "-e", "--editable", "--src", "--progress-bar", "--timeout", "--retries", "--log"]),
  uv: /* @__PURE__ */ new Set(["-r", "--requirement", "-c", "--constraint", "-t", "--target", "-i", "--index-url", "--extra-index-url", "--prefix", "--python", "-p", "--cache-dir", "--extra", "--group", "--only-group", "--no-group", "--package", "--project", "--directory", "--index", "--python-platform"]),
  // https://python-poetry.org/docs/cli/#install, #add and the global options (-C/--directory, -P/--project).
  poetry: /* @__PURE__ */ new Set(["--with", "--without", "--only", "-E", "--extras", "-C", "--directory", "-P", "--project", "-G", "--group", "--source", "--python", "--platform"]),
  // https://pipenv.pypa.io/en/latest/commands.html
  pipenv: /* @__PURE__ */ new Set(["--python", "-r", "--requirements", "--categories", "--extra-pip-args", "-i", "--index", "--pypi-mirror"]),
  // https://bundler.io/man/bundle-install.1.html
  bundle: /* @__PURE__ */ new Set(["--path", "-j", "--jobs", "--retry", "--without", "--with", "--gemfile", "--binstubs", "--shebang", "--target-rbconfig", "--trust-policy"]),
  "apt-get": /* @__PURE__ */ new Set(["-o", "-t", "--target-release", "-c"]),
  apt: /* @__PURE__ */ new Set(["-o", "-t", "--target-release", "-c"]),
  aptitude: /* @__PURE__ */ new Set(["-o", "-t", "--target-release", "-c"]),
  apk: /* @__PURE__ */ new Set(["-X", "--repository", "-t", "--virtual", "-p", "--root", "--cache-dir"]),
  yum: /* @__PURE__ */ new Set(["--setopt", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "-c", "--exclude", "-x"]),
  dnf: /* @__PURE__ */ new Set(["--setopt", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "-c", "--exclude", "-x"]),
  microdnf: /* @__PURE__ */ new Set(["--setopt", "--enablerepo", "--disablerepo", "--installroot", "--releasever"]),
  npm: /* @__PURE__ */ new Set(["--prefix", "--cache", "--registry", "-w", "--workspace", "--omit", "--include"]),
  yarn: /* @__PURE__ */ new Set(["--cwd", "--cache-folder", "--modules-folder", "--network-timeout", "--mutex"]),
  pnpm: /* @__PURE__ */ new Set(["--dir", "-C", "--store-dir", "--filter", "-F"]),
  gem: /* @__PURE__ */ new Set(["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source"]),
  conda: /* @__PURE__ */ new Set(["-c", "--channel", "-n", "--name", "-p", "--prefix", "--file"])
};
var MANAGERS = /* @__PURE__ */ Symbol("managerCommands");
var INSTALLS = /* @__PURE__ */ Symbol("installs");
var MANAGER = /* @__PURE__ */ Symbol("managerCommand");
function managerCommands(script) {
  if (!script) return [];
  return memoOn(script, MANAGERS, () => findManagerCommands(script));
}
function findManagerCommands(script) {
  const out = [];
  for (const cmd of script.commands) {
    const m = managerCommand(cmd);
    if (m) out.push(m);
  }
  return out;
}
function managerCommand(cmd) {
  return memoOn(cmd, MANAGER, () => readManagerCommand(cmd));
}
function readManagerCommand(cmd) {
  const m = managerOf(cmd);
  if (!m) return void 0;
  const values = VALUE_OPTIONS[m.manager];
  let i = 0;
  while (i < m.rest.length && m.rest[i].startsWith("-")) {
    if (values?.has(m.rest[i]) && !m.rest[i].includes("=")) i++;
    i++;
  }
  const subcommand = m.rest[i] ?? "";
  if (m.manager === "yarn" && subcommand === "global" && m.rest[i + 1]) return { manager: "yarn", subcommand: m.rest[i + 1], args: ["--global", ...m.rest.slice(0, i), ...m.rest.slice(i + 2)], cmd };
  return { manager: m.manager, subcommand, args: [...m.rest.slice(0, i), ...m.rest.slice(i + 1)], cmd };
}
var INSTALL_SUBCOMMANDS = {
  "apt-get": ["install"],
  apt: ["install"],
  aptitude: ["install"],
  apk: ["add"],
  yum: ["install", "groupinstall", "localinstall", "reinstall"],
  dnf: ["install", "in", "groupinstall", "reinstall"],
  microdnf: ["install", "reinstall"],
  pip: ["install"],
  uv: ["install", "sync", "add"],
  poetry: ["install", "add"],
  pipenv: ["install", "sync"],
  conda: ["install", "create", "update"],
  npm: ["install", "i", "ci", "add", "isntall", "in"],
  yarn: ["install", "add", ""],
  pnpm: ["install", "i", "add"],
  bun: ["install", "i", "add"],
  gem: ["install"],
  bundle: ["install"],
  go: ["get", "install", "mod"],
  mvn: ["dependency:go-offline", "dependency:resolve", "install", "package", "verify", "dependency:copy-dependencies"],
  gradle: ["build", "dependencies", "assemble", "shadowJar", "installDist"],
  dotnet: ["restore", "publish", "build"],
  cargo: ["build", "fetch", "install", "lambda"]
};
function installs(script) {
  if (!script) return [];
  return memoOn(script, INSTALLS, () => findInstalls(script));
}
function findInstalls(script) {
  const out = [];
  for (const mc of managerCommands(script)) {
    if (!INSTALL_SUBCOMMANDS[mc.manager].includes(mc.subcommand)) continue;
    if (mc.manager === "go" && mc.subcommand === "mod" && mc.args[0] !== "download") continue;
    const values = VALUE_OPTIONS[mc.manager] ?? /* @__PURE__ */ new Set();
    const packages = [];
    const files = [];
    const options = [];
    for (let i = 0; i < mc.args.length; i++) {
      const a = mc.args[i];
      if (a.startsWith("-")) {
        const eq = a.indexOf("=");
        const opt = eq > 0 ? a.slice(0, eq) : a;
        options.push(opt);
        const value = eq > 0 ? a.slice(eq + 1) : values.has(a) ? mc.args[++i] : void 0;
        if (value !== void 0 && ["-r", "--requirement", "-c", "--constraint", "--file"].includes(opt)) files.push(value);
        if (value !== void 0) options.push(`${opt}=${value}`);
        continue;
      }
      if (mc.manager === "go" && mc.subcommand === "mod") continue;
      if (mc.manager === "bundle") continue;
      packages.push(stripVersion(mc.manager, a));
    }
    out.push({ ...mc, packages: packages.filter(Boolean), files, options });
  }
  return out;
}
function stripVersion(manager, spec) {
  switch (manager) {
    case "pip":
    case "uv":
    case "poetry":
    case "pipenv":
    case "conda":
      return spec.replace(/\[.*?\]/, "").split(/[=<>!~;@ ]/)[0].toLowerCase();
    case "npm":
    case "yarn":
    case "pnpm":
    case "bun": {
      const at = spec.lastIndexOf("@");
      return at > 0 ? spec.slice(0, at) : spec;
    }
    case "apt-get":
    case "apt":
      return spec.split("=")[0];
    case "apk":
      return spec.split(/[=<>~]/)[0];
    case "gem":
      return spec.split(":")[0];
    default:
      return spec;
  }
}
function removedPaths(script) {
  if (!script) return [];
  const out = [];
  for (const cmd of script.commands) {
    if (commandName(cmd) !== "rm") continue;
    for (const a of cmd.args) if (!a.startsWith("-")) out.push(a);
  }
  return out;
}
function mountOptions(flags) {
  return flags.filter((f) => f.name === "mount" && f.value).map((f) => new Map(f.value.split(",").map((p) => [p.slice(0, p.indexOf("=") >>> 0).trim(), p.slice(p.indexOf("=") + 1).trim()])));
}
function cacheMountTargets(flags) {
  const out = [];
  for (const kv of mountOptions(flags)) {
    const type = kv.get("type") ?? "bind";
    const target = kv.get("target") ?? kv.get("dst") ?? kv.get("destination");
    if ((type === "cache" || type === "tmpfs") && target) out.push(target.replace(/\/+$/, "") || "/");
  }
  return out;
}

// src/lambda/image-contract.ts
import { basename as basename2, posix as posix3 } from "node:path";

// src/knowledge/ric.ts
var RICS = [
  {
    id: "python",
    label: "awslambdaric (Python)",
    handlerFamily: "python",
    packages: [{ managers: ["pip", "uv", "poetry", "pipenv", "conda"], name: "awslambdaric" }],
    manifests: [
      { files: /^requirements[\w.-]*\.(txt|in)$/i, pattern: /^\s*awslambdaric\b/im },
      { files: /^(pyproject\.toml|Pipfile|setup\.cfg|setup\.py|poetry\.lock|uv\.lock)$/, pattern: /["'\s]awslambdaric\b/i }
    ],
    manifestManagers: ["pip", "uv", "poetry", "pipenv"],
    detect: ["site-packages/awslambdaric/__main__.py", "site-packages/awslambdaric/bootstrap.py", "awslambdaric-*.dist-info/METADATA", "awslambdaric/runtime_client*.so"],
    entrypoint: ["/usr/local/bin/python", "-m", "awslambdaric"],
    howTo: `RUN pip install --no-cache-dir --target /function awslambdaric (into the function's folder: distribution Pythons refuse a system-wide pip install), then WORKDIR /function, ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"] (the path of the image's Python: python3 on PATH for distribution Pythons) and CMD ["module.function"] (your handler)`,
    handlerFromArgv: true,
    launches: [{ program: /^python(\d+(\.\d+)?)?$/, client: { at: { flag: "-m" }, is: /^awslambdaric$/ } }],
    source: "https://github.com/aws/aws-lambda-python-runtime-interface-client#usage"
  },
  {
    id: "nodejs",
    label: "aws-lambda-ric (Node.js)",
    handlerFamily: "nodejs",
    packages: [{ managers: ["npm", "yarn", "pnpm", "bun"], name: "aws-lambda-ric" }],
    manifests: [{ files: /^package\.json$/, pattern: /"aws-lambda-ric"\s*:/ }],
    manifestManagers: ["npm", "yarn", "pnpm", "bun"],
    detect: ["node_modules/aws-lambda-ric/package.json", "node_modules/.bin/aws-lambda-ric", "node_modules/aws-lambda-ric/build/Release/rapid-client.node"],
    entrypoint: ["/usr/local/bin/npx", "aws-lambda-ric"],
    howTo: 'RUN npm install aws-lambda-ric (it compiles a native module: install g++, make, cmake, autoconf, automake, libtool and the libcurl headers first, e.g. in a builder stage), then ENTRYPOINT ["/usr/local/bin/npx", "aws-lambda-ric"] and CMD ["app.handler"] with WORKDIR set to the function directory and ENV NPM_CONFIG_CACHE=/tmp/.npm',
    handlerFromArgv: true,
    launches: [
      { program: /^(npx|pnpx|bunx)$/, client: { at: "first-operand", is: /^aws-lambda-ric(@[^/]*)?$/ } },
      { program: /^aws-lambda-ric$/ },
      // node with the package's script, or with the link npm makes to it (node_modules/.bin/aws-lambda-ric).
      { program: /^(node|nodejs)$/, client: { at: { where: /(^|\/)aws-lambda-ric\/|(^|\/)node_modules\/\.bin\/aws-lambda-ric$/ }, is: /(^|\/)aws-lambda-ric\/|(^|\/)node_modules\/\.bin\/aws-lambda-ric$/ } }
    ],
    source: "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client#usage"
  },
  {
    id: "ruby",
    label: "aws_lambda_ric (Ruby)",
    handlerFamily: "ruby",
    packages: [{ managers: ["gem", "bundle"], name: "aws_lambda_ric" }],
    manifests: [{ files: /^(Gemfile|gems\.rb|Gemfile\.lock)$/, pattern: /(^\s*gem\s+["']aws_lambda_ric["']|^\s+aws_lambda_ric\s)/m }],
    manifestManagers: ["bundle"],
    detect: ["gems/aws_lambda_ric-*/", "specifications/aws_lambda_ric-*.gemspec", "bin/aws_lambda_ric"],
    // By name, found on PATH: the gem's executable is in /usr/local/bundle/bin on the official ruby images (their
    // GEM_HOME), /usr/local/bin with a system Ruby; an absolute /usr/local/bin/aws_lambda_ric fails on the former.
    entrypoint: ["aws_lambda_ric"],
    howTo: 'RUN gem install aws_lambda_ric (or gem "aws_lambda_ric" in the Gemfile), then ENTRYPOINT ["aws_lambda_ric"] and CMD ["app.App::Handler.process"]',
    handlerFromArgv: false,
    launches: [{ program: /^aws_lambda_ric$/ }],
    source: "https://github.com/aws/aws-lambda-ruby-runtime-interface-client#usage"
  },
  {
    id: "java",
    label: "aws-lambda-java-runtime-interface-client (Java)",
    handlerFamily: "java",
    packages: [],
    // Maven, Gradle, and the JVM languages' own build files (Leiningen project.clj, Clojure deps.edn, sbt build.sbt).
    manifests: [{ files: /^(pom\.xml|build\.gradle(\.kts)?|libs\.versions\.toml|project\.clj|deps\.edn|build\.sbt)$/, pattern: /aws-lambda-java-runtime-interface-client/ }],
    manifestManagers: ["mvn", "gradle"],
    detect: ["aws-lambda-java-runtime-interface-client-*.jar", "com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class"],
    entrypoint: ["/usr/bin/java", "-cp", "./*", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"],
    howTo: 'add the Maven artifact com.amazonaws:aws-lambda-java-runtime-interface-client, copy its jars, then ENTRYPOINT ["/usr/bin/java", "-cp", "./*", "com.amazonaws.services.lambda.runtime.api.client.AWSLambda"] and CMD ["example.App::handleRequest"]',
    handlerFromArgv: true,
    launches: [{ program: /^java$/, client: { at: { where: /^com\.amazonaws\.services\.lambda\.runtime\.api\.client\.AWSLambda$/ }, is: /^com\.amazonaws\.services\.lambda\.runtime\.api\.client\.AWSLambda$/ } }],
    source: "https://github.com/aws/aws-lambda-java-libs/tree/main/aws-lambda-java-runtime-interface-client"
  },
  {
    id: "dotnet",
    label: "Amazon.Lambda.RuntimeSupport (.NET)",
    handlerFamily: "dotnet",
    packages: [],
    manifests: [{ files: /\.(cs|fs|vb)proj$|^Directory\.Packages\.props$/, pattern: /Include\s*=\s*"Amazon\.Lambda\.RuntimeSupport"/ }],
    manifestManagers: ["dotnet"],
    detect: ["Amazon.Lambda.RuntimeSupport.dll", "*.deps.json naming Amazon.Lambda.RuntimeSupport", "bootstrap", "bootstrap.dll"],
    entrypoint: ["/var/task/bootstrap"],
    howTo: "reference the NuGet package Amazon.Lambda.RuntimeSupport, start LambdaBootstrapBuilder in Main, publish the executable as bootstrap and set ENTRYPOINT to it",
    handlerFromArgv: true,
    launches: [{ program: /^dotnet$/, client: { at: { where: /\.dll$/ }, is: /(^|\/)Amazon\.Lambda\.RuntimeSupport\.dll$/, built: /(^|\/)bootstrap\.dll$/, anyWhenHeld: true } }],
    source: "https://docs.aws.amazon.com/lambda/latest/dg/csharp-image.html"
  },
  {
    id: "go",
    label: "aws-lambda-go (compiled bootstrap)",
    handlerFamily: "provided",
    packages: [],
    manifests: [{ files: /^go\.mod$/, pattern: /github\.com\/aws\/aws-lambda-go\b/ }],
    manifestManagers: ["go"],
    detect: [".go.buildinfo dependency github.com/aws/aws-lambda-go"],
    entrypoint: ["/var/task/bootstrap"],
    howTo: "build the function with github.com/aws/aws-lambda-go (go build -tags lambda.norpc -o bootstrap) in a builder stage and COPY it to the final stage as the ENTRYPOINT or /var/runtime/bootstrap",
    handlerFromArgv: false,
    launches: [],
    source: "https://docs.aws.amazon.com/lambda/latest/dg/go-image.html"
  },
  {
    id: "rust",
    label: "lambda_runtime (Rust, compiled bootstrap)",
    handlerFamily: "provided",
    packages: [],
    manifests: [{ files: /^Cargo\.(toml|lock)$/, pattern: /^\s*(name\s*=\s*")?lambda_(runtime|http)\b/m }],
    manifestManagers: ["cargo"],
    detect: ["target/lambda/<pkg>/bootstrap", "ELF strings lambda_runtime::"],
    entrypoint: ["/var/runtime/bootstrap"],
    howTo: "build with cargo lambda build --release in a builder stage and COPY target/lambda/<pkg>/bootstrap to /var/runtime/bootstrap (or set it as ENTRYPOINT)",
    handlerFromArgv: false,
    launches: [],
    source: "https://github.com/awslabs/aws-lambda-rust-runtime#building-and-deploying-your-lambda-functions"
  },
  {
    id: "web-adapter",
    label: "AWS Lambda Web Adapter",
    handlerFamily: "provided",
    packages: [],
    manifests: [],
    manifestManagers: [],
    detect: ["/opt/extensions/lambda-adapter"],
    entrypoint: [],
    howTo: "COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:<version> /lambda-adapter /opt/extensions/lambda-adapter and start the web server with CMD",
    handlerFromArgv: false,
    launches: [],
    source: "https://github.com/awslabs/aws-lambda-web-adapter#lambda-functions-packaged-as-docker-images-or-oci-images"
  },
  {
    id: "bootstrap",
    label: "a custom runtime bootstrap",
    handlerFamily: "provided",
    packages: [],
    manifests: [],
    manifestManagers: [],
    detect: ["/var/task/bootstrap", "/opt/bootstrap", "/var/runtime/bootstrap"],
    entrypoint: ["/var/runtime/bootstrap"],
    howTo: "COPY an executable bootstrap to /var/runtime/bootstrap (or /var/task/bootstrap, /opt/bootstrap), or set ENTRYPOINT to the compiled binary",
    handlerFromArgv: false,
    launches: [],
    source: "https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html"
  }
];
function ricById(id) {
  return RICS.find((r) => r.id === id);
}
var BOOTSTRAP_PATHS = ["/var/task/bootstrap", "/opt/bootstrap", "/var/runtime/bootstrap"];
var WEB_ADAPTER = {
  image: /(^|\/)aws-lambda-(?:web-)?adapter$/,
  binary: "/lambda-adapter",
  extensionDir: "/opt/extensions"
};
var JAVA_RIC_JAR = /^aws-lambda-java-runtime-interface-client(-[\w.]+)?\.jar$/;
var JAVA_RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
var DOTNET_RIC_DLL = "Amazon.Lambda.RuntimeSupport.dll";
var BASE_ENTRYPOINT = "/lambda-entrypoint.sh";
var RIE_BINARIES = ["aws-lambda-rie", "aws-lambda-rie-x86_64", "aws-lambda-rie-arm64"];
var RIE_GUARD_VARIABLE = "AWS_LAMBDA_RUNTIME_API";
var COMPILERS = [
  { ric: "go", command: "go", sub: ["build", "install"] },
  { ric: "rust", command: "cargo", sub: ["lambda", "build", "zigbuild"] },
  { ric: "dotnet", command: "dotnet", sub: ["publish"] }
];
var NOT_A_RUNTIME = /^(python[\d.]*|node|nodejs|ruby|java|dotnet|php|perl|bash|sh|dash|ash|zsh|uvicorn|gunicorn|hypercorn|daphne|granian|waitress-serve|flask|fastapi|streamlit|jupyter|celery|nginx|httpd|npm|yarn|pnpm|deno|bun|ts-node|tsx|cat|echo|tail|sleep|true)$/;
var CLIENT_LAUNCHERS = [{ program: /^bundler?$/, sub: "exec" }];
var INIT_WRAPPERS = /^(tini|tini-static|dumb-init|catatonit|s6-svscan)$/;
var RIC_FOR_BASE = [
  { repo: /(^|\/)(python|pypy|.*conda.*|.*mamba.*)$/, ric: "python" },
  { repo: /(^|\/)(node|.*nodejs.*)$/, ric: "nodejs" },
  { repo: /(^|\/)(ruby|jruby)$/, ric: "ruby" },
  { repo: /(^|\/)(openjdk|eclipse-temurin|amazoncorretto|.*jdk.*|.*jre.*|maven|gradle)$/, ric: "java" },
  { repo: /(^|\/)dotnet\//, ric: "dotnet" },
  { repo: /(^|\/)(golang)$/, ric: "go" },
  { repo: /(^|\/)(rust)$/, ric: "rust" }
];
var IMAGE_RIC_PATTERNS = [
  { ric: "python", pattern: /\/(?:site|dist)-packages\/awslambdaric\/(?:__main__|bootstrap)\.py$/, what: "awslambdaric (Python)" },
  { ric: "python", pattern: /\/(?:site|dist)-packages\/awslambdaric-[^/]+\.dist-info\/METADATA$/, what: "awslambdaric (Python)" },
  { ric: "python", pattern: /\/awslambdaric\/(?:__main__|bootstrap)\.py$/, what: "awslambdaric (Python, --target install)", rooted: true },
  { ric: "nodejs", pattern: /\/node_modules\/aws-lambda-ric\/package\.json$/, what: "aws-lambda-ric (Node.js)" },
  { ric: "ruby", pattern: /\/specifications\/aws_lambda_ric-[^/]+\.gemspec$/, what: "aws_lambda_ric (Ruby gem)" },
  { ric: "ruby", pattern: /\/gems\/aws_lambda_ric-[^/]+\/lib\/aws_lambda_ric\.rb$/, what: "aws_lambda_ric (Ruby gem)" },
  { ric: "java", pattern: /\/aws-lambda-java-runtime-interface-client(?:-[\w.]+)?\.jar$/, what: "aws-lambda-java-runtime-interface-client (Java)" },
  { ric: "java", pattern: /\/com\/amazonaws\/services\/lambda\/runtime\/api\/client\/AWSLambda\.class$/, what: "the Java RIC class AWSLambda" },
  { ric: "dotnet", pattern: /\/Amazon\.Lambda\.RuntimeSupport\.dll$/, what: "Amazon.Lambda.RuntimeSupport (.NET)" },
  { ric: "web-adapter", pattern: /^\/opt\/extensions\/[^/]*lambda-adapter[^/]*$/, what: "the AWS Lambda Web Adapter" }
];

// src/lambda/image-handler.ts
import { posix } from "node:path";
var DEP_TREE = /\/(?:node_modules|site-packages|dist-packages|gems|vendor)\//;
var SYSTEM = /^\/(?:usr|var\/runtime|var\/lang|lib|lib64|etc|proc|sys)\//;
function isFile(image, path) {
  const r = image.resolve(path);
  return r.ok && (r.entry.type === "file" || r.entry.type === "hardlink") ? { path: r.path, layer: r.entry.layer } : void 0;
}
function firstIn(image, roots, rels) {
  for (const root of roots) {
    for (const rel of rels) {
      const hit = isFile(image, posix.join(root, rel));
      if (hit) return { path: posix.join(root, rel), layer: hit.layer };
    }
  }
  return void 0;
}
function elsewhere(image, roots, rels) {
  for (const [path, e] of image.files) {
    if (e.type !== "file" && e.type !== "hardlink") continue;
    for (const rel of rels) {
      if (!path.endsWith(`/${rel}`)) continue;
      const dir = path.slice(0, path.length - rel.length - 1) || "/";
      if (roots.includes(dir) || DEP_TREE.test(path) || SYSTEM.test(path)) continue;
      return dir;
    }
  }
  return void 0;
}
function findHandlerModule(image, family, handler, root, baseMode, env) {
  const pathList = (name) => (env.get(name) ?? "").split(":").filter((p) => p.startsWith("/")).map((p) => posix.normalize(p));
  switch (family) {
    case "python": {
      const dot = handler.lastIndexOf(".");
      const mod = handler.slice(0, dot).replace(/\./g, "/");
      const rels = [`${mod}.py`, `${mod}/__init__.py`, `${mod}.pyc`];
      const roots = [root, ...pathList("PYTHONPATH")];
      const hit = firstIn(image, roots, rels);
      if (hit) return { kind: "found", ...hit };
      const base2 = posix.basename(mod);
      for (const [path, e] of image.files) {
        if (e.type === "dir") continue;
        const so = path.endsWith(".so") && posix.basename(path).startsWith(`${base2}.`) && roots.some((r) => posix.dirname(path) === posix.join(r, posix.dirname(mod)));
        const site = /\/(?:site|dist)-packages$/.test(path.slice(0, path.length - rels[0].length - 1)) && path.endsWith(`/${rels[0]}`);
        const sitePkg = path.endsWith(`/${rels[1]}`) && /\/(?:site|dist)-packages$/.test(path.slice(0, path.length - rels[1].length - 1));
        if (so || site || sitePkg) return { kind: "found" };
      }
      return { kind: "missing", wanted: rels.slice(0, 2), error: `Runtime.ImportModuleError: Unable to import module '${handler.slice(0, dot).replace(/\//g, ".")}'`, elsewhere: elsewhere(image, roots, rels) };
    }
    case "nodejs": {
      const slash = handler.lastIndexOf("/");
      const tail = handler.slice(slash + 1);
      const base2 = `${handler.slice(0, slash + 1)}${tail.slice(0, tail.indexOf("."))}`.replace(/^\.\//, "");
      const rels = [base2, `${base2}.js`, `${base2}.mjs`, `${base2}.cjs`];
      const hit = firstIn(image, [root], rels) ?? firstIn(image, [root], [`${base2}/index.js`]);
      if (hit) return { kind: "found", ...hit };
      if (image.resolve(posix.join(root, "node_modules", base2)).ok) return { kind: "found" };
      return { kind: "missing", wanted: rels.slice(1), error: `Runtime.ImportModuleError: Error: Cannot find module '${base2}'`, elsewhere: elsewhere(image, [root], rels.slice(1)) };
    }
    case "ruby": {
      const file = handler.split(".")[0];
      const rels = [`${file}.rb`];
      const roots = [root, ...pathList("RUBYLIB")];
      const hit = firstIn(image, roots, rels);
      if (hit) return { kind: "found", ...hit };
      return { kind: "missing", wanted: rels, error: `LoadError: cannot load such file -- ${root}/${file}`, elsewhere: elsewhere(image, roots, rels) };
    }
    case "java": {
      const sep = handler.lastIndexOf("::");
      const cls = sep >= 0 ? handler.slice(0, sep) : handler;
      const rel = `${cls.replace(/\./g, "/")}.class`;
      const hit = firstIn(image, [root], [rel]);
      if (hit) return { kind: "found", ...hit };
      for (const [path, e] of image.files) {
        if (e.type === "dir" || !path.endsWith(".jar")) continue;
        if (path.startsWith(`${root.replace(/\/$/, "")}/`) || path.startsWith("/opt/java/lib/")) return { kind: "unknown" };
      }
      return { kind: "missing", wanted: [rel, "lib/*.jar"], error: `Class not found: ${cls}`, elsewhere: elsewhere(image, [root], [rel]) };
    }
    case "dotnet": {
      const asm = handler.split("::")[0];
      const need = [`${asm}.dll`, ...baseMode ? [`${asm}.deps.json`, `${asm}.runtimeconfig.json`] : []];
      const missing = need.filter((n) => !isFile(image, posix.join(root, n)));
      if (missing.length === 0) return { kind: "found" };
      const error = missing[0] === need[0] ? "Could not find the specified handler assembly" : 'exit status 106 (".NET binaries for Lambda function are not correctly installed")';
      return { kind: "missing", wanted: missing, error };
    }
    default:
      return { kind: "unknown" };
  }
}
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var WEB_APPS = { FastAPI: "ASGI", Starlette: "ASGI", Litestar: "ASGI", Quart: "ASGI", Sanic: "ASGI", Flask: "WSGI", Bottle: "WSGI", Falcon: "WSGI" };
var ADAPTERS = [/^(\w+)[ \t]*(?::[^=\n]+)?=[ \t]*(?:mangum\.|apig_wsgi\.)?(?:Mangum|make_lambda_handler)\(/m, /^(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\([ \t]*event\b/m];
function webAppOf(fn, text) {
  const m = new RegExp(`^${esc(fn)}[ \\t]*(?::[^=\\n]+)?=[ \\t]*(?:\\w+\\.)?(${Object.keys(WEB_APPS).join("|")})\\(`, "m").exec(text);
  if (!m) return {};
  if (new RegExp(`^${esc(fn)}[ \\t]*=`, "gm").test(text.slice(m.index + m[0].length))) return {};
  const adapter = ADAPTERS.map((re) => re.exec(text)?.[1]).find((a) => a !== void 0);
  return { webApp: { framework: m[1], kind: WEB_APPS[m[1]], ...adapter && adapter !== fn ? { adapter } : {} } };
}
function exportListNames(text) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const spec of m[1].split(",")) {
      const words = spec.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "").trim().split(/\s+/).filter((w) => w && w !== "type");
      if (words.length === 3 && words[1] === "as") names.add(words[2].replace(/^['"]|['"]$/g, ""));
      else if (words.length === 1) names.add(words[0]);
    }
  }
  return names;
}
function commonJsInEsm(text) {
  if (!/\b(?:module\.)?exports(?:\.\w+|\[[^\]]+\])\s*=(?!=)|\bmodule\.exports\b|\brequire\(\s*["'`]/.test(text)) return false;
  if (/^\s*export\s/m.test(text) || /\b(?:var|let|const|function)\s+(?:exports|module|require)\b|createRequire/.test(text)) return false;
  return true;
}
function functionDefined(family, handler, text, truncated) {
  const unknown = (fn) => ({ defined: void 0, fn, looked: "", error: "" });
  if (family === "python") {
    const dot = handler.lastIndexOf(".");
    const fn = handler.slice(dot + 1);
    const f = esc(fn);
    const mod = handler.slice(0, dot).replace(/\//g, ".");
    const error = `Runtime.HandlerNotFound: Handler '${fn}' missing on module '${mod}'`;
    const looked = `no top-level def ${fn}, async def ${fn}, assignment or import of ${fn}`;
    const defined = [
      new RegExp(`^(?:async[ \\t]+)?def[ \\t]+${f}[ \\t]*\\(`, "m"),
      new RegExp(`^${f}[ \\t]*(?::[^=\\n]+)?=(?!=)`, "m"),
      new RegExp(`^(?:${f}[ \\t]*,|[\\w \\t,]+,[ \\t]*${f}\\b)[\\w \\t,]*=(?!=)`, "m"),
      new RegExp(`^class[ \\t]+${f}\\b`, "m"),
      new RegExp(`^(?:from[ \\t]+\\S+[ \\t]+)?import[ \\t][^\\n]*\\b${f}\\b`, "m"),
      new RegExp(`^from[ \\t]+\\S+[ \\t]+import[ \\t]*\\([^)]*\\b${f}\\b`, "m")
    ];
    if (defined.some((re) => re.test(text))) return { defined: true, fn, looked, error, ...webAppOf(fn, text) };
    if (truncated || /\bimport[ \t]+\*|__getattr__|globals\(\)|setattr\(|\bexec\(/.test(text) || new RegExp(`^[ \\t]+(?:(?:async[ \\t]+)?def[ \\t]+${f}\\b|${f}[ \\t]*=)`, "m").test(text)) return unknown(fn);
    return { defined: false, fn, looked, error };
  }
  if (family === "nodejs") {
    const tail = handler.slice(handler.lastIndexOf("/") + 1);
    const fn = tail.slice(tail.indexOf(".") + 1).split(".")[0];
    const f = esc(fn);
    const error = `Runtime.HandlerNotFound: ${tail} is undefined or not exported`;
    const looked = `no exports.${fn}, module.exports.${fn}, export const|function ${fn} or export { ... as ${fn} }`;
    const defined = [
      new RegExp(`\\b(?:module\\.)?exports\\.${f}\\s*=`),
      new RegExp(`\\bexports\\[\\s*['"\`]${f}['"\`]\\s*\\]\\s*=`),
      new RegExp(`\\bexport\\s+(?:async\\s+)?(?:function\\s*\\*?|const|let|var|class)\\s*${f}\\b`)
    ];
    if (defined.some((re) => re.test(text)) || exportListNames(text).has(fn)) return { defined: true, fn, looked, error };
    if (fn === "default" && /\bexport\s+default\b/.test(text)) return { defined: true, fn, looked, error };
    if (truncated || /\bmodule\.exports\s*=|\bexport\s*\*|Object\.(?:defineProperty|defineProperties|assign)\(|__export|\$parcel\$export|__webpack_(?:require|exports)__|\bexports\s*=/.test(text)) return unknown(fn);
    return { defined: false, fn, looked, error };
  }
  if (family === "ruby") {
    const parts = handler.split(".");
    const fn = parts[parts.length - 1];
    const f = esc(fn);
    const error = `NoMethodError: undefined method '${fn}'`;
    const looked = parts.length === 3 ? `no def self.${fn} or def ${fn}` : `no def ${fn}`;
    if (new RegExp(`\\bdef\\s+(?:self\\.)?${f}(?![\\w?!])`).test(text)) return { defined: true, fn, looked, error };
    if (truncated || /define_(?:singleton_)?method|method_missing|\balias(?:_method)?\b|instance_eval|class_eval|\brequire_relative\b|\bload\b/.test(text)) return unknown(fn);
    return { defined: false, fn, looked, error };
  }
  return unknown("");
}

// src/lambda/launch.ts
import { basename, posix as posix2 } from "node:path";
var CONFIG_ONLY = { workdir: "/", seesBuild: false, holds: () => false, bootstrapAt: () => void 0, unplacedBinary: false };
var FORMS = RICS.flatMap((r) => r.launches.map((form) => ({ ric: r.id, form })));
var OK = ["ric", "bootstrap", "base"];
var SYSTEM_PROGRAM = /^\/(usr\/)?(local\/)?s?bin\/(?!.*(bootstrap|lambda))/;
function bareShell(entrypoint) {
  return entrypoint.length > 0 && isShell(entrypoint[0]) && !/(^|\/)busybox$/.test(entrypoint[0]) && entrypoint.slice(1).every((w) => w.startsWith("-") && !/^-[a-z]*c[a-z]*$/.test(w));
}
function entrypointLaunchArgv(entrypoint, cmd) {
  const script = cmd?.[0];
  return bareShell(entrypoint) && script !== void 0 && (script.startsWith("/") || /\.(sh|bash)$/.test(script)) ? [...entrypoint, ...cmd] : [...entrypoint];
}
function classifyLaunch(argv, sight) {
  return classify(argv, sight, 0);
}
function unwrap(argvIn) {
  let argv = argvIn.filter((w) => w !== "");
  while (argv.length && (INIT_WRAPPERS.test(basename(argv[0])) || argv[0] === "exec")) {
    argv = argv.slice(1);
    while (argv.length && argv[0].startsWith("-")) argv = argv.slice(1);
  }
  const runner = basename(argv[0] ?? "");
  const sub = argv[1] ?? "";
  if (runner === "npm" && (sub === "exec" || sub === "x") || (runner === "pnpm" || runner === "yarn") && (sub === "exec" || sub === "dlx") || runner === "bun" && sub === "x") {
    let rest = argv.slice(2);
    while (rest.length && rest[0].startsWith("-") && rest[0] !== "--") rest = rest.slice(1);
    if (rest[0] === "--") rest = rest.slice(1);
    argv = ["npx", ...rest];
  }
  return argv;
}
function classify(argvIn, sight, depth) {
  const argv = unwrap(argvIn);
  if (argv.length === 0) return { kind: "empty", argv };
  const head = argv[0];
  const name = basename(head);
  if (head.startsWith("/") && sight.rieAt?.(posix2.normalize(head))) return { kind: "rie", argv, inner: classify(argv.slice(1), sight, depth + 1) };
  if (head === BASE_ENTRYPOINT && (depth > 0 || sight.awsBase || sight.scripts?.at(head) === void 0)) return { kind: "base", argv, handlerIndex: 1 };
  if (RIE_BINARIES.includes(name)) return { kind: "rie", argv, inner: classify(argv.slice(1), sight, depth + 1) };
  if (sight.scripts && isShell(head)) return shellLaunch(argv, sight, depth);
  const client = clientLaunch(argv, name, sight, depth);
  if (client) return client;
  if (name === "bootstrap") return { kind: "bootstrap", argv };
  return programLaunch(argv, head, name, sight, depth);
}
function clientLaunch(argv, name, sight, depth) {
  const launcher = CLIENT_LAUNCHERS.find((l) => l.program.test(name));
  if (launcher && argv[1] === launcher.sub) {
    const inner = classify(argv.slice(2), sight, depth + 1);
    return inner.kind === "ric" ? { ...inner, argv, handlerIndex: (inner.handlerIndex ?? 0) + 2 } : { kind: "interpreter", argv };
  }
  let program;
  for (const { ric, form } of FORMS) {
    if (!form.program.test(name)) continue;
    program ??= ric;
    const at = clientIndex(argv, form, ric, sight);
    if (at !== void 0) return { kind: "ric", ric, argv, handlerIndex: at + 1 };
  }
  if (!program) return void 0;
  return interpretedScript(argv, program, sight, depth) ?? { kind: "interpreter", argv };
}
var CLIENT_IN_SOURCE = {
  python: /\bawslambdaric\b/,
  nodejs: /aws-lambda-ric/,
  ruby: /aws_lambda_ric/,
  java: /com\.amazonaws\.services\.lambda\.runtime\.api\.client\.AWSLambda/
};
function interpretedScript(argv, ric, sight, depth) {
  if (!sight.scripts || !CLIENT_IN_SOURCE[ric]) return void 0;
  const i = argv.findIndex((w, j) => j > 0 && !w.startsWith("-"));
  if (i < 0 || argv.slice(1, i).some((w) => /^-[a-zA-Z]*[mce]$|^--(eval|require)$/.test(w))) return void 0;
  const file = argv[i];
  if (!/\.(py|js|mjs|cjs|rb|jar)$/.test(file) && !file.includes("/")) return void 0;
  const path = normalizePath(file.startsWith("/") ? file : `${sight.workdir}/${file}`);
  const content = depth < 2 ? sight.scripts.at(path) : void 0;
  if (content === void 0) return void 0;
  const starts = CLIENT_IN_SOURCE[ric].test(content);
  return {
    kind: "script",
    ric: starts ? ric : void 0,
    argv,
    script: { path, content, launches: starts ? [{ kind: "ric", ric, argv: [] }] : [], rie: /aws-lambda-rie/.test(content), guarded: content.includes(RIE_GUARD_VARIABLE) }
  };
}
function clientIndex(argv, form, ric, sight) {
  const c = form.client;
  if (!c) return 0;
  let i;
  if (c.at === "first-operand") i = argv.findIndex((w, j) => j > 0 && !w.startsWith("-"));
  else if ("flag" in c.at) {
    const f = argv.indexOf(c.at.flag);
    i = f > 0 ? f + 1 : -1;
  } else {
    const where = c.at.where;
    i = argv.findIndex((w, j) => j > 0 && where.test(w));
  }
  if (i <= 0 || argv[i] === void 0) return void 0;
  const word = argv[i];
  if (c.is.test(word) || sight.seesBuild && c.built?.test(word) || c.anyWhenHeld && sight.holds(ric)) return i;
  return void 0;
}
function shellLaunch(argv, sight, depth) {
  const c = argv.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w));
  if (c > 0 && argv[c + 1] !== void 0) return scriptText(argv[c + 1], argv.slice(c + 2), sight, depth, void 0);
  const at = argv.findIndex((w, i) => i > 0 && !w.startsWith("-"));
  if (at < 0) return { kind: "interpreter", argv };
  if (argv[at] === BASE_ENTRYPOINT && sight.awsBase) return { kind: "base", argv, handlerIndex: at + 1 };
  return scriptLaunch(argv[at], argv, sight, depth);
}
function programLaunch(argv, head, name, sight, depth) {
  const path = head.includes("/") ? normalizePath(head.startsWith("/") ? head : `${sight.workdir}/${head}`) : void 0;
  if (path) {
    const placed = sight.bootstrapAt(path);
    if (placed) return { kind: "bootstrap", ric: placed.ric, argv };
    if (BOOTSTRAP_PATHS.includes(path)) return { kind: "bootstrap", argv };
  }
  if (!path && sight.pathDirs) {
    for (const dir of sight.pathDirs) {
      const placed = sight.bootstrapAt(posix2.join(dir, head));
      if (placed) return { kind: "bootstrap", ric: placed.ric, argv };
    }
  }
  if (NOT_A_RUNTIME.test(name)) return { kind: "interpreter", argv };
  if (path && sight.scripts && (/\.(sh|bash)$/.test(name) || sight.scripts.at(path) !== void 0)) return scriptLaunch(head, argv, sight, depth);
  if (path && sight.unplacedBinary) return { kind: "bootstrap", argv };
  return { kind: "unknown", argv };
}
function scriptLaunch(file, argv, sight, depth) {
  const path = normalizePath(file.startsWith("/") ? file : `${sight.workdir}/${file}`);
  const content = depth < 2 ? sight.scripts?.at(path) : void 0;
  if (content === void 0) return { kind: "script", argv, script: { path, launches: [], rie: false, guarded: false } };
  const inner = scriptText(content, [], sight, depth, path);
  return { ...inner, kind: "script", argv };
}
function scriptText(text, extra, sight, depth, path) {
  let commands = [];
  try {
    commands = sight.scripts.parse(text).filter((c) => !c.substitutionOf);
  } catch {
    commands = [];
  }
  const all = commands.map((c) => classify([c.name, ...c.args], sight, depth + 1));
  const launches = all.filter((l) => l.kind !== "unknown" && l.kind !== "empty");
  const rie = launches.some((l) => l.kind === "rie");
  const guarded = text.includes(RIE_GUARD_VARIABLE);
  const best = launches.find((l) => OK.includes(l.kind)) ?? launches.find((l) => l.kind === "script" && l.ric !== void 0) ?? launches.find((l) => l.kind === "rie" && l.inner && OK.includes(l.inner.kind));
  const unseenOf = (l) => l.kind === "script" ? l.script?.content === void 0 ? l.script?.path ?? l.argv[0] : l.script.unseen : l.kind === "unknown" && /[/$]/.test(l.argv[0] ?? "") && !SYSTEM_PROGRAM.test(l.argv[0]) ? l.argv[0] : void 0;
  const dynamic = commands.find((c) => c.name === "" && c.text.trim() !== "");
  const unseen = all.map(unseenOf).find((u) => u !== void 0) ?? (dynamic ? dynamic.text.trim().split(/\s+/).slice(0, 2).join(" ") : void 0);
  const script = { path: path ?? "(sh -c)", content: text, launches, rie, guarded, ...unseen ? { unseen } : {} };
  if (path === void 0) {
    if (rie && !guarded) return { kind: "rie", argv: extra, inner: launches.find((l) => l.kind === "rie")?.inner, script };
    if (best) return { ...best.kind === "rie" ? best.inner : best, script };
    return { kind: launches[0]?.kind ?? "unknown", argv: extra, script };
  }
  return { kind: "script", ric: best?.ric ?? best?.inner?.ric, argv: [], script };
}
function placedAt(path, placed) {
  return placed === path || pathWithin(path, placed);
}

// src/lambda/image-contract.ts
var TASK_ROOT = "/var/task";
var DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
var EXEC_HEADER_NEED = {
  regexes: [/^\/(?!(?:.*\/)?(?:node_modules|site-packages|dist-packages|gems|\.git)\/)(?:[^/]+\/){0,4}(?:[^/.]+|[^/]+\.sh)$/],
  maxBytes: 256
};
var HANDLER_BODY_NEED = {
  regexes: [/^\/(?:var\/task|function|app|lambda|code|src|srv)\/(?!(?:node_modules|site-packages|dist-packages|vendor|\.venv|venv)\/)(?:[^/]+\/)?(?:[^/]+\.(?:py|js|mjs|cjs|rb)|package\.json)$/],
  maxBytes: 64 * 1024
};
function lookupProgram(image, name, workdir, pathVar) {
  if (name.includes("/")) {
    const path = posix3.normalize(name.startsWith("/") ? name : posix3.join(workdir || "/", name));
    return { path, found: image.resolve(path).ok, tried: [path] };
  }
  const tried = [];
  for (const dir of pathVar.split(":").filter(Boolean)) {
    const path = posix3.join(dir, name);
    tried.push(path);
    const r = image.resolve(path);
    if (r.ok && r.entry.type !== "dir") return { path, found: true, tried };
  }
  return { path: tried[0] ?? name, found: false, tried };
}
var FAMILY_BY_EXEC_ENV = [
  [/python/, "python"],
  [/nodejs/, "nodejs"],
  [/java/, "java"],
  [/dotnet/, "dotnet"],
  [/ruby/, "ruby"],
  [/provided|go/, "provided"]
];
function baseFamilyOf(image, env) {
  const execEnv = env.get("AWS_EXECUTION_ENV");
  if (execEnv) {
    for (const [re, f] of FAMILY_BY_EXEC_ENV) if (re.test(execEnv)) return f;
  }
  const has = (p) => image.files.has(p);
  for (const p of image.files.keys()) {
    if (!p.startsWith("/var/lang/bin/")) continue;
    const n = basename2(p);
    if (/^python\d/.test(n)) return "python";
    if (n === "node") return "nodejs";
    if (n === "ruby") return "ruby";
    if (n === "java") return "java";
    if (n === "dotnet") return "dotnet";
  }
  if (has("/var/runtime/bootstrap.py") || has("/var/runtime/awslambdaric")) return "python";
  if (has("/var/runtime/index.mjs")) return "nodejs";
  if (has(`/var/runtime/${DOTNET_RIC_DLL}`)) return "dotnet";
  return "provided";
}
function findRics(image, roots, awsBase) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (ric, path, what) => {
    if (seen.has(ric)) return;
    seen.add(ric);
    out.push({ ric, path, what });
  };
  for (const [path, e] of image.files) {
    if (e.type === "dir") continue;
    for (const p of IMAGE_RIC_PATTERNS) {
      const m = p.pattern.exec(path);
      if (!m) continue;
      if (p.ric === "python" && p.rooted) {
        const dir = path.slice(0, m.index) || "/";
        if (!roots.some((r) => posix3.normalize(r) === dir)) continue;
      }
      add(p.ric, path, p.what);
    }
  }
  if (awsBase && image.files.has("/var/runtime/bootstrap")) add("bootstrap", "/var/runtime/bootstrap", "the AWS base image runtime (/var/runtime/bootstrap)");
  for (const b of BOOTSTRAP_PATHS) {
    const e = image.files.get(b);
    if (e && (e.type === "file" || e.type === "hardlink" || e.type === "symlink")) add("bootstrap", b, `a bootstrap at ${b}`);
  }
  return out;
}
function imageContract(image) {
  const cfg = image.config;
  const entrypoint = cfg.Entrypoint ?? [];
  const cmd = cfg.Cmd ?? [];
  const argv = [...entrypoint, ...cmd];
  const workingDir = cfg.WorkingDir ?? "";
  const workdir = workingDir ? posix3.normalize(workingDir) : "/";
  const env = /* @__PURE__ */ new Map();
  for (const kv of cfg.Env ?? []) {
    const eq = kv.indexOf("=");
    if (eq > 0) env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  const awsBase = image.files.has(BASE_ENTRYPOINT);
  const launch = classifyLaunch(argv, CONFIG_ONLY);
  const baseMode = launch.kind === "base";
  const pyPath = (env.get("PYTHONPATH") ?? "").split(":").filter((p) => p.startsWith("/"));
  const roots = [workdir, TASK_ROOT, ...pyPath];
  const rics = findRics(image, roots, awsBase);
  const baseFamily = awsBase ? baseFamilyOf(image, env) : void 0;
  let handler;
  if (baseMode && baseFamily && baseFamily !== "provided" && cmd.length === 1 && entrypoint.length === 1) {
    handler = { value: cmd[0], family: baseFamily, root: TASK_ROOT, source: "Cmd" };
  } else if (launch.kind === "ric" && launch.ric) {
    const family = { python: "python", nodejs: "nodejs", ruby: "ruby", java: "java", dotnet: "dotnet" }[launch.ric];
    const idx = launch.handlerIndex ?? argv.length;
    const value = argv[idx];
    if (family && value) handler = { value, family, root: workdir, source: idx >= entrypoint.length ? "Cmd" : "Entrypoint" };
  }
  const arch = cfg.architecture === "amd64" || cfg.architecture === "arm64" ? cfg.architecture : void 0;
  const pathVar = env.get("PATH") ?? DEFAULT_PATH;
  const lookup2 = (program) => lookupProgram(image, program, workdir, pathVar);
  const handlerModule = (family, value, root, base2) => findHandlerModule(image, family, value, root, base2, env);
  return { entrypoint, cmd, argv, workingDir, workdir, env, awsBase, baseMode, baseFamily, launch, rics, handler, arch, lookup: lookup2, handlerModule };
}

// src/engine/rule-kit.ts
var MissingFact = class extends Error {
  constructor(fact, reason) {
    super(`${fact}: ${reason}`);
    this.fact = fact;
    this.reason = reason;
  }
  fact;
  reason;
};
function defineRule(definition) {
  if (!/^LL\d{3}$/.test(definition.code)) throw new Error(`rule code ${definition.code} must be LL + 3 digits`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.name)) throw new Error(`rule name ${definition.name} must be kebab-case`);
  return { ...definition, docsUrl: docsUrlFor(definition.code) };
}
var TEMPLATES = /* @__PURE__ */ new Map();
function interpolate(template4, data) {
  let parts = TEMPLATES.get(template4);
  if (!parts) {
    parts = template4.split(/(\{\{\s*(\w+)\s*\}\})/);
    TEMPLATES.set(template4, parts);
  }
  if (parts.length === 1) return template4;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1];
    out += (data && key in data ? String(data[key]) : parts[i]) + parts[i + 2];
  }
  return out;
}

// rules/LL001-dockerfile-syntax.ts
function quote(text) {
  const t = redactText(text.replace(/\s+/g, " ").trim());
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}
var POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash"]);
function hasCommentLines(df, ins) {
  return df.lines.slice(ins.span.line, ins.span.endLine).some((l) => /^\s*#/.test(l));
}
var LL001_dockerfile_syntax_default = defineRule({
  code: "LL001",
  name: "dockerfile-syntax",
  severity: "error",
  since: "0.1.0",
  sameAs: ["BuildKit JSONArgsRecommended (for invalid JSON)", "hadolint DL1000"],
  needs: { dockerfile: true },
  docs: {
    what: 'Reports a Dockerfile that cannot be built as written: an unknown instruction, an instruction without its arguments, instructions before the first FROM, an exec-form array that is not valid JSON, an unterminated heredoc, a FROM image or COPY --from value that is no valid image reference (a `<placeholder>` left from a sample, an uppercase repository name: "invalid reference format"), a shell-form RUN that is not valid shell syntax (an unterminated quote; for sh and bash, not for a SHELL of another language nor a heredoc), an ENV in the NAME=value form with a word that has no `=` (`ENV A=1 B = 2`: BuildKit refuses it), a --target that names no stage, or a suppression comment naming an unknown rule; warns about a global ARG (declared before the first FROM) used in a stage that does not declare it again (Docker expands it to an empty value there: the FUNCTION_DIR pattern of the AWS samples, with `ARG FUNCTION_DIR` forgotten in the final stage, puts the code in /) and about `ENV NAME = value`, whose legacy form sets NAME to "= value"; and notes a shell script too long to analyse in full (more than 10,000 commands or 1 MiB).',
    why: "Docker rejects unknown instructions and missing arguments at build time. Worse, an exec form that is not valid JSON (single quotes, a trailing comma) is silently run as a shell command: `CMD ['app.handler']` becomes `/bin/sh -c \"['app.handler']\"`, and the function fails at its first invoke with Runtime.ExitError instead of at build time.",
    bad: { dockerfile: `FROM python:3.12-slim
WORKDIR /function
RUN pip install --no-cache-dir awslambdaric
COPY app.py ./
ENTRYPOINT ['/usr/local/bin/python', '-m', 'awslambdaric']
CMD ["app.handler"]
` },
    good: { dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nRUN pip install --no-cache-dir awslambdaric\nCOPY app.py ./\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n' },
    references: ["https://docs.docker.com/reference/dockerfile/", "https://docs.docker.com/reference/build-checks/json-args-recommended/"]
  },
  messages: {
    unknownInstruction: { text: 'Unknown instruction "{{keyword}}".', fix: "Use one of ADD, ARG, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, FROM, HEALTHCHECK, LABEL, ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR." },
    missingArguments: { text: "{{keyword}} has no arguments.", fix: "Give {{keyword}} its arguments, or remove the line." },
    noFrom: { text: "{{keyword}} comes before the first FROM; only ARG may.", fix: "Start the Dockerfile with FROM (global ARGs may precede it)." },
    invalidJson: { text: "{{keyword}} looks like an exec-form array but is not valid JSON ({{problem}}), so Docker runs it through /bin/sh -c as a string: {{text}}", fix: "Write it as a JSON array, with straight double quotes: {{keyword}} {{fixed}}" },
    empty: { text: "The Dockerfile has no instructions.", fix: "Add a FROM instruction." },
    unterminatedHeredoc: { text: "Heredoc <<{{name}} is never closed.", fix: "End the heredoc with a line holding only {{name}}." },
    unknownPragmaId: { text: 'Suppression comment names an unknown rule "{{id}}".', severity: "warning", fix: "Use a rule code (LL201) or name (base-image-unpinned); see lint-lambda-image --list-rules." },
    unknownTarget: { text: 'No stage is named "{{target}}" (--target).', fix: "Name a stage declared with FROM ... AS {{target}}." },
    shellSyntax: { text: "This RUN script is not valid shell syntax (an unterminated quote, an unclosed if/for/case or a stray token): /bin/sh stops the build with a syntax error.", fix: "Close the quote or the construct; `sh -n -c '...'` checks a script without running it." },
    invalidReference: { text: '{{what}} "{{ref}}" is not an image reference docker build accepts ({{why}}): the build fails with "invalid reference format".', fix: "Write the image as [registry/]name[:tag][@sha256:digest] with a lowercase name, e.g. {{example}}; fill in any <placeholder> the file came with." },
    globalArgNotInStage: { text: "${{{name}}} is a global ARG (line {{line}}, before the first FROM) that this stage does not declare: after FROM it is out of scope, so this {{keyword}} gets an empty value in its place (unless the base image sets {{name}} with ENV).", severity: "warning", fix: "Declare it in the stage: ARG {{name}} after the FROM at line {{from}} (without a value it takes the global default)." },
    envMissingEquals: { text: `ENV in the NAME=value form has a word without "=" ("{{word}}"): BuildKit stops the build ("Syntax error - can't find = in ..."). Spaces around "=" split a pair into words.`, fix: 'Write each pair without spaces around "=", quoting values that have spaces: ENV NAME="a value".' },
    envSpacedEquals: { text: 'ENV {{name}} = ... uses the legacy "ENV NAME value" form, so {{name}} is set to "{{actual}}", the equals sign included.', severity: "warning", fix: "{{fix}}" },
    shellCut: { text: "This {{keyword}} script has more than {{commands}} commands or {{chars}} characters; only its first commands are analysed.", severity: "info", fix: "Move the script into a file: COPY it into the image and RUN it." }
  },
  create(ctx) {
    const checkReference = (ins) => {
      let ref;
      let what = "";
      if (ins.keyword === "FROM" && ins.stage && !ins.stage.base.stage && !ins.stage.base.scratch && ins.stage.base.expanded.unresolved.length === 0) {
        ref = ins.stage.base.expanded.value;
        what = "The base image";
      } else if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy?.from !== void 0 && !ins.copy.fromStage && !/^\d+$/.test(ins.copy.from)) {
        ref = ins.copy.from;
        what = "COPY --from";
      }
      if (ref === void 0 || ref === "" || ref.includes("$") || isValidReference(ref)) return;
      const names = [...(ins.words[0] ?? "").matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
      if (names.some((n) => {
        const v = ins.scope.get(n);
        return v !== void 0 && "value" in v && v.value === "";
      })) return;
      const why = /[<>{}\s]/.test(ref) ? "it holds a placeholder or a space" : /[A-Z]/.test(ref.replace(/^[^/]*[.:][^/]*\//, "").split(/[:@]/)[0]) ? "the name must be lowercase" : "a character or part docker does not allow";
      ctx.report({ messageId: "invalidReference", data: { what, ref, why, example: "public.ecr.aws/lambda/python:3.12" }, at: ins });
    };
    const shells = /* @__PURE__ */ new Map();
    return {
      instruction(ins) {
        const stage = ins.stage;
        if (ins.keyword === "FROM" && stage) shells.set(stage, (stage.base.stage && shells.get(stage.base.stage)) ?? (/windows|nanoserver|servercore/i.test(stage.base.expanded.value) ? "cmd" : "sh"));
        if (ins.keyword === "SHELL" && stage && ins.exec?.length) shells.set(stage, basename3(ins.exec[0]).toLowerCase());
        checkReference(ins);
        const script = ctx.df.shell(ins);
        if (!script) return;
        if (script.cut) {
          ctx.report({ messageId: "shellCut", data: { keyword: ins.keyword, commands: LIMITS.maxShellCommands.toLocaleString("en-US"), chars: formatLimit(LIMITS.maxShellScriptChars) }, at: ins.span });
          return;
        }
        if (script.hasError && ins.keyword === "RUN" && ins.shellText !== void 0 && !ins.jsonInvalid && !ins.shellText.includes("<<") && ins.heredocs.length === 0 && POSIX_SHELLS.has((stage && shells.get(stage)) ?? "sh") && !hasCommentLines(ctx.df, ins)) ctx.report({ messageId: "shellSyntax", at: ins.span });
      },
      end() {
        const t = ctx.target;
        const judgedElsewhere = /* @__PURE__ */ new Set();
        if (t) {
          const ep = t.entrypoint?.value.exec;
          const baseEntrypoint = t.base.kind.kind === "aws" && (!t.entrypoint?.from || ep?.length === 1 && ep[0] === "/lambda-entrypoint.sh");
          const client = ep?.some((w) => /(^|\/)(awslambdaric|aws-lambda-ric|aws_lambda_ric)$/.test(w)) === true;
          if (t.cmd?.from && (baseEntrypoint || client)) judgedElsewhere.add(t.cmd.from.span.line);
          if (t.entrypoint?.from && t.base.kind.kind === "aws") judgedElsewhere.add(t.entrypoint.from.span.line);
        }
        for (const p of ctx.df.problems) {
          if (p.messageId === "invalidJson" && judgedElsewhere.has(p.span.line)) continue;
          const data = p.data.text !== void 0 ? { ...p.data, text: quote(p.data.text) } : p.data;
          ctx.report({ messageId: p.messageId, data, at: p.span });
        }
      }
    };
  }
});

// rules/LL002-copy-source-missing.ts
function list(sources) {
  const shown = sources.slice(0, 5).join(", ");
  return sources.length > 5 ? `${shown} and ${sources.length - 5} more` : shown;
}
var LL002_copy_source_missing_default = defineRule({
  code: "LL002",
  name: "copy-source-missing",
  severity: "warning",
  since: "0.1.0",
  needs: { facts: ["contextCheck"], dockerfile: true, context: true },
  docs: {
    what: "Checks the COPY and ADD sources named literally (no variable, wildcard or URL) in the stages that make the image against the folder used as the build context (--context, by default the Dockerfile's folder). When none of them is there, the Dockerfile is linted from a folder that is not its build context: it says so once, names the missing sources, and every check that reads the build context (handler modules, dependency manifests, .dockerignore, secrets in copied files, the size estimate) treats the context as unknown instead of judging the wrong folder. When only some are missing, it names them. A source that is in the folder but excluded by .dockerignore is reported too: the build does not see it either and fails the same way.",
    why: 'A Dockerfile is often built from another folder than its own (`docker build --file docker/Dockerfile .`), so the folder next to it is not what the build sees. Judged against the wrong folder, every context check would be wrong: a handler "never copied", a requirements.txt "without the client". And a source that really is missing fails the build with `failed to compute cache key: ... not found`, unless a step before `docker build` creates it.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { "Dockerfile.dev": "FROM scratch\n" } },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY src/app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: { "src/app.py": 'def handler(event, context):\n    return "ok"\n' } },
    references: ["https://docs.docker.com/build/concepts/context/", "https://docs.docker.com/reference/cli/docker/buildx/build/#file"]
  },
  messages: {
    wrongFolder: {
      text: "None of the COPY/ADD sources ({{sources}}) is in {{root}}, the folder linted as the build context: this Dockerfile is probably built from another folder, so the checks that read the build context were skipped.",
      severity: "warning",
      fix: "Pass the folder the image is built from: --context <dir> (as in docker build --file {{file}} <dir>)."
    },
    sourcesIgnored: {
      text: '{{sources}} {{verb}} in the build context but {{ignoreFile}} excludes {{them}}: the build fails with "not found", as for a missing file.',
      severity: "warning",
      fix: "Remove the pattern that excludes {{sources}} from {{ignoreFile}} (or add an exception: !{{first}}), or stop copying {{them}}."
    },
    sourcesMissing: {
      text: '{{sources}} {{verb}} not in the build context {{root}}: the build fails with "not found" unless a step before docker build creates {{them}}.',
      severity: "warning",
      fix: "Create {{them}} before the build, fix the path, or pass the folder the image is built from with --context <dir>."
    }
  },
  create(ctx) {
    return {
      end() {
        if (ctx.mode !== "dockerfile") return;
        const check = ctx.facts.contextCheck;
        if (!check) return;
        if (check.ignored.length > 0 && !check.wrongFolder) {
          const names = check.ignored.map((m) => m.source);
          const one3 = names.length === 1;
          const path = check.context.dockerignore?.path ?? ".dockerignore";
          const ignoreFile = path.startsWith(`${check.context.root}/`) ? path.slice(check.context.root.length + 1) : path;
          ctx.report({ messageId: "sourcesIgnored", data: { sources: list(names), verb: one3 ? "is" : "are", them: one3 ? "it" : "them", ignoreFile, first: contextPath(names[0]) }, at: check.ignored[0].ins });
        }
        if (check.missing.length === 0) return;
        const sources = check.missing.map(
          (m) => m.source.split("/").includes("..") ? `${m.source} (read as ${contextPath(m.source) || "."}: Docker strips ../ at the context's edge)` : m.source.startsWith("/") ? `${m.source} (COPY reads it from the build context, as ${contextPath(m.source) || "."}, not from the image)` : m.source
        );
        const root = check.context.root;
        if (check.wrongFolder) {
          ctx.report({ messageId: "wrongFolder", data: { sources: list(sources), root, file: ctx.df.file }, at: check.missing[0].ins });
          return;
        }
        const one2 = sources.length === 1;
        ctx.report({ messageId: "sourcesMissing", data: { sources: list(sources), verb: one2 ? "is" : "are", them: one2 ? "it" : "them", root }, at: check.missing[0].ins });
      }
    };
  }
});

// src/knowledge/managers.ts
function systemManagersMissing(os, awsBase) {
  switch (os) {
    case "al2023":
      return awsBase ? ["yum", "apt-get", "apt", "apk"] : ["apt-get", "apt", "apk"];
    case "al2":
    case "al1":
      return ["dnf", "microdnf", "apt-get", "apt", "apk"];
    case "debian":
    case "ubuntu":
      return ["apk", "yum", "dnf", "microdnf"];
    case "alpine":
      return ["apt-get", "apt", "yum", "dnf", "microdnf"];
    default:
      return [];
  }
}

// rules/LL003-install-prompts.ts
var ASKING = /* @__PURE__ */ new Map([
  ["yum", /* @__PURE__ */ new Set(["install", "groupinstall", "localinstall", "reinstall", "update", "upgrade", "remove", "erase", "autoremove", "downgrade", "distro-sync", "group"])],
  ["dnf", /* @__PURE__ */ new Set(["install", "in", "groupinstall", "localinstall", "reinstall", "update", "upgrade", "up", "remove", "rm", "erase", "autoremove", "downgrade", "distro-sync", "group", "module"])],
  ["apt-get", /* @__PURE__ */ new Set(["install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "build-dep"])],
  ["apt", /* @__PURE__ */ new Set(["install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "reinstall"])]
]);
var GROUP_ACTIONS = /* @__PURE__ */ new Set(["install", "remove", "upgrade", "update", "mark", "enable", "reset", "disable", "switch-to"]);
var MAY_BE_NOTHING = /* @__PURE__ */ new Set(["update", "upgrade", "up", "dist-upgrade", "full-upgrade", "autoremove", "distro-sync", "remove", "erase", "rm", "purge"]);
var CONFIG_FILES2 = ["/etc/yum.conf", "/etc/dnf/dnf.conf", "/etc/apt/apt.conf", "/etc/apt/apt.conf.d"];
function answered(manager, args) {
  let quiet = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (["--yes", "--assume-yes", "--assumeyes", "--assumeno", "--assume-no", "--force-yes", "--simulate", "--dry-run", "--just-print", "--recon", "--no-act", "--trivial-only"].includes(a)) return true;
    if (/^--quiet=([2-9]|\d\d)/.test(a) || /^-q=?[2-9]$/.test(a)) return true;
    if (a.includes("$")) return true;
    if (a === "--quiet") quiet++;
    const option = a === "--setopt" || a === "-o" ? args[i + 1] ?? "" : a.replace(/^(--setopt=|-o=?)/, "");
    if (/^(assumeyes|apt::get::assume-yes)=(1|true|yes)$/i.test(option) || /^(assumeno)=(1|true|yes)$/i.test(option)) return true;
    if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes("y")) return true;
      if (manager.startsWith("apt") && a.includes("s")) return true;
      quiet += [...a].filter((c) => c === "q").length;
    }
  }
  return manager.startsWith("apt") && quiet >= 2;
}
function fedAnswers(cmd) {
  return cmd.pipeIndex > 0 || cmd.redirects.some((r) => r.op === "<" || r.op === "<<" || r.op === "<<<" || r.op === "<<-");
}
function setsAssumeYes(cmd) {
  if (!/assume-?yes/i.test(cmd.text)) return false;
  return cmd.args.some(isConfigFile) || cmd.redirects.some((r) => isConfigFile(r.target)) || commandName(cmd) === "dnf" || commandName(cmd) === "yum-config-manager";
}
function isConfigFile(path) {
  const p = normalizePath(path);
  return p === "/etc" || p === "/etc/apt" || p === "/etc/dnf" || CONFIG_FILES2.some((f) => p === f || p.startsWith(`${f}/`));
}
function assumesYes(stage) {
  let root = stage;
  while (root.base.stage) root = root.base.stage;
  return /^balenalib\//.test(root.base.ref.repository);
}
function verdictFor(stage, manager, subcommand) {
  const kind = stage.base.kind;
  const os = kind.os;
  if (systemManagersMissing(os, kind.kind === "aws").includes(manager) || os === "scratch" || os === "distroless" || assumesYes(stage)) return void 0;
  if (manager === "apt-get" || manager === "apt") return "mayFail";
  if (kind.kind === "aws" && os !== "al2" && os !== "al1") return void 0;
  if (os === "al2023" || os === "al2" || os === "al1") return MAY_BE_NOTHING.has(subcommand) ? "mayFail" : "fails";
  return "mayFail";
}
function asks(manager, subcommand, args) {
  const subs = ASKING.get(manager);
  if (!subs?.has(subcommand)) return false;
  if (subcommand === "group" || subcommand === "module") return GROUP_ACTIONS.has(args.find((a) => !a.startsWith("-")) ?? "");
  return true;
}
function withYes(text, subcommand) {
  const words = text.replace(/\\\r?\n\s*/g, " ").trim().split(/\s+/);
  const at = words.indexOf(subcommand, 1);
  if (at < 0) return `${words.join(" ")} -y`;
  return [...words.slice(0, at + 1), "-y", ...words.slice(at + 1)].join(" ");
}
var LL003_install_prompts_default = defineRule({
  code: "LL003",
  name: "install-prompts",
  severity: "error",
  since: "0.1.0",
  needs: { facts: ["lineage"], dockerfile: true },
  docs: {
    what: "Checks that yum, dnf, apt-get and apt commands that install, update or remove packages in the stages of the built target say yes in advance (-y, --assumeyes, apt-get -qq, an `assumeyes` setting written earlier, or answers piped in). It is an error for yum and dnf on a base whose OS is known to have them (Amazon Linux 2 bases, amazonlinux images), a warning for apt-get and apt (they ask only when they would install more than the packages named, which their dependencies nearly always make them do), for update and remove (they ask nothing when there is nothing to do) and for bases whose OS or configuration is unknown. dnf on the Amazon Linux 2023 Lambda bases is microdnf, which never asks, and is left alone.",
    why: 'A RUN has no terminal: the question "Is this ok [y/N]" reads the end of its input, yum takes that for no ("Exiting on user command"), dnf prints "Operation aborted.", apt-get "Abort.", and the RUN fails the build. DEBIAN_FRONTEND=noninteractive does not answer it: that variable only silences debconf questions.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN yum install gcc && yum clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.11\nRUN yum install -y gcc && yum clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://man7.org/linux/man-pages/man8/yum.8.html",
      "https://dnf.readthedocs.io/en/latest/command_ref.html",
      "https://manpages.debian.org/bookworm/apt/apt-get.8.en.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html"
    ]
  },
  messages: {
    prompts: {
      text: "`{{manager}} {{subcommand}}` without -y asks to confirm, and a build has no terminal to answer: {{manager}} reads no and the RUN fails the build ({{says}}).",
      severity: "error",
      fix: "Answer in advance with -y: `{{fixed}}`"
    },
    mayPrompt: {
      text: "`{{manager}} {{subcommand}}` without -y asks to confirm {{when}}, and a build has no terminal to answer: the RUN then fails the build ({{says}}).",
      severity: "warning",
      fix: "Answer in advance with -y: `{{fixed}}`"
    }
  },
  create(ctx) {
    const configured = /* @__PURE__ */ new Set();
    const configuredIn = (stage) => ctx.facts.lineageOf(stage).some((s) => configured.has(s));
    return {
      instruction(ins) {
        const stage = ins.stage;
        if (!stage || !stage.reachesTarget) return;
        if (ins.copy && isConfigFile(ins.copy.dest)) configured.add(stage);
        if (ins.keyword !== "RUN") return;
        const commands = ins.exec ? [] : ctx.df.shell(ins)?.commands ?? [];
        const calls = [];
        if (ins.exec) {
          const [program = "", ...rest] = ins.exec;
          const manager = program.split("/").pop() ?? "";
          const at = rest.findIndex((a) => !a.startsWith("-"));
          if (at >= 0) calls.push({ manager, subcommand: rest[at], args: [...rest.slice(0, at), ...rest.slice(at + 1)], text: ins.exec.join(" ") });
        } else {
          const script = ctx.df.shell(ins);
          for (const mc of managerCommands(script)) calls.push({ manager: mc.manager, subcommand: mc.subcommand, args: mc.args, text: mc.cmd.text, cmd: mc.cmd });
        }
        let seen = 0;
        for (const call of calls) {
          if (call.cmd) {
            const upTo = commands.indexOf(call.cmd);
            for (; seen < upTo; seen++) if (setsAssumeYes(commands[seen])) configured.add(stage);
          }
          if (!asks(call.manager, call.subcommand, call.args) || answered(call.manager, call.args)) continue;
          if (call.cmd && fedAnswers(call.cmd) || configuredIn(stage)) continue;
          const verdict = verdictFor(stage, call.manager, call.subcommand);
          if (!verdict) continue;
          const says = call.manager === "yum" ? '"Exiting on user command"' : call.manager === "dnf" ? '"Operation aborted."' : '"Abort."';
          const fixed = withYes(call.text, call.subcommand);
          if (verdict === "fails") ctx.report({ messageId: "prompts", at: ins, data: { manager: call.manager, subcommand: call.subcommand, says, fixed } });
          else {
            const when = MAY_BE_NOTHING.has(call.subcommand) ? "whenever there is something to do" : call.manager.startsWith("apt") ? "whenever it would install more than the packages named (their dependencies) or remove any" : "unless the base image configures assumeyes";
            ctx.report({ messageId: "mayPrompt", at: ins, data: { manager: call.manager, subcommand: call.subcommand, says, fixed, when } });
          }
        }
        for (; seen < commands.length; seen++) if (setsAssumeYes(commands[seen])) configured.add(stage);
      }
    };
  }
});

// rules/doc-examples.ts
var PYTHON_HANDLER = { "app.py": 'def handler(event, context):\n    return "ok"\n' };
var AWS_PYTHON_GOOD = {
  dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
  context: PYTHON_HANDLER
};
function madeUpToken(prefix, body) {
  return `${prefix}${body}`;
}

// rules/LL100-lambda-not-detected.ts
var LL100_lambda_not_detected_default = defineRule({
  code: "LL100",
  name: "lambda-not-detected",
  severity: "info",
  since: "0.1.0",
  needs: { facts: ["lambdaEvidence"], dockerfile: true, context: true },
  docs: {
    what: `Says, once per Dockerfile, that the file shows no sign of being a Lambda image, so the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) did not judge it, nor did the Lambda size limit and cold-start advice (LL303); the generic rules (secrets, caches, pinning, layer order) still did. The report keeps the size estimate but gives no Lambda cold-start estimate for such a file (JSON: \`estimates.coldStart\` is null and \`estimates.coldStartReason\` says why). A Dockerfile counts as a Lambda image when it shows any of: ${EVIDENCE_KINDS.map((k) => k.replace(/\.$/, "")).join("; ")}. An image built on a Lambda base image that only borrows it is not judged either, and this note says why: nothing is copied where Lambda loads code (/var/task, /var/runtime, /opt/extensions), no CMD names a handler, and either its ENTRYPOINT is a shell with no script to run or a compiler, build, test or packaging tool (\`pytest\`, \`python -m pytest\`, \`npm test\`, a tests script: a test or build image), or a script that starts no runtime client while no application code is copied (a GitHub Action), or its CMD runs a plain program (\`echo\`, \`cp\`: a CDK asset or layer build that copies files out), or, with neither ENTRYPOINT nor CMD, it packages a .zip, installs into a layer folder (\`-t python/\`) or works outside /var/task with no application code (a zip or layer builder). Application code started by a server, or a compiled program, is judged: that is a function gone wrong. Built images are always judged as Lambda images.`,
    why: "A repository often holds Lambda and non-Lambda Dockerfiles side by side (an nginx site, a Flask app, a Spring Boot jar). Judging those against the Lambda runtime contract would fail their builds for a contract they never promised. To judge a file that shows no evidence (for example one whose base image you build yourself and that installs the runtime client there), set `lambda: true` in .lint-lambda-image.yaml or pass --lambda; `lambda: false` (or --no-lambda) never applies the Lambda-contract rules and silences this note.",
    bad: { dockerfile: "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n", context: { "site/index.html": "<h1>hi</h1>\n" } },
    good: AWS_PYTHON_GOOD,
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric",
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
      "https://github.com/awslabs/aws-lambda-web-adapter"
    ]
  },
  messages: {
    notLambda: {
      text: "This Dockerfile shows no sign of being a Lambda image (no AWS Lambda base image, runtime interface client, Web Adapter, LAMBDA_TASK_ROOT, handler CMD or bootstrap); the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) were not applied.",
      severity: "info",
      fix: "If it is deployed to Lambda, set `lambda: true` in .lint-lambda-image.yaml or pass --lambda; `lambda: false` (or --no-lambda) silences this note."
    },
    serverImage: {
      text: "This Dockerfile is built on {{base}} and {{why}}: it reads as a server, not a Lambda image, so the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) were not applied.",
      severity: "info",
      fix: "If it is deployed to Lambda, set `lambda: true` in .lint-lambda-image.yaml or pass --lambda; `lambda: false` (or --no-lambda) silences this note."
    },
    borrowedBase: {
      text: "This Dockerfile is built on {{base}}, but {{why}}: it reads as an image that borrows the base (a test, build, tool or packaging image), not a function, so the Lambda-contract rules (LL101-LL105, LL107, LL108, LL110) were not applied.",
      severity: "info",
      fix: "If it is deployed to Lambda, set `lambda: true` in .lint-lambda-image.yaml or pass --lambda (its ENTRYPOINT and CMD are then judged as Lambda runs them); `lambda: false` (or --no-lambda) silences this note."
    }
  },
  create(ctx) {
    return {
      end() {
        if (ctx.mode !== "dockerfile" || ctx.config.lambda !== void 0 || ctx.deploy || !ctx.target) return;
        if (ctx.facts.lambdaEvidence.length > 0) return;
        const borrowed = ctx.facts.borrowedBase;
        if (borrowed) ctx.report({ messageId: borrowed.server ? "serverImage" : "borrowedBase", data: { base: borrowed.base, why: borrowed.why }, at: ctx.df.target?.fromInstruction });
        else ctx.report({ messageId: "notLambda", at: ctx.df.stages[0]?.fromInstruction });
      }
    };
  }
});

// rules/LL101-ric-missing.ts
import { posix as posix4 } from "node:path";

// src/core/executables.ts
function isElf(data) {
  return !!data && data.length >= 20 && data[0] === 127 && data[1] === 69 && data[2] === 76 && data[3] === 70;
}
function elfMachine(data) {
  return data[5] === 2 ? data.readUInt16BE(18) : data.readUInt16LE(18);
}
var ELF_MACHINE = { amd64: 62, arm64: 183 };
var MACHINE_NAME = { 3: "x86 (32-bit)", 40: "ARM (32-bit)", 62: "x86_64 (amd64)", 183: "aarch64 (arm64)", 243: "RISC-V" };
function shebang(data) {
  if (!data || data.length < 3 || data[0] !== 35 || data[1] !== 33) return void 0;
  const end = data.indexOf(10);
  const raw = data.subarray(2, end === -1 ? data.length : end).toString("latin1");
  const crlf = raw.endsWith("\r");
  const words = raw.replace(/\r$/, "").trim().split(/[ \t]+/);
  return { line: `#!${raw.replace(/\r$/, "")}`, interpreter: words[0] ?? "", arg: words[1], crlf };
}
function octal(mode) {
  return (mode & 4095).toString(8).padStart(4, "0");
}

// rules/LL101-ric-missing.ts
var FAMILY_HINTS = [
  [/^\/usr(?:\/local)?\/bin\/python3?(?:\.\d+)?$/, "python"],
  [/^\/usr(?:\/local)?\/bin\/node$/, "nodejs"],
  [/^\/usr(?:\/local)?\/bin\/ruby$/, "ruby"],
  [/\/bin\/java$/, "java"],
  [/\/dotnet$/, "dotnet"]
];
function suggestionFor(image) {
  for (const p of image.files.keys()) for (const [re, ric] of FAMILY_HINTS) if (re.test(p)) return `${ricById(ric).label}: ${ricById(ric).howTo}`;
  return `a runtime interface client: ${ANY_RIC}`;
}
function unseenCopyInto(lineage, dirs) {
  const unseen = (src) => /[*?[]/.test(src) || /(^|\/)\.?\/?$/.test(src);
  return lineage.some((s) => s.instructions.some((i) => i.copy && !i.copy.from && i.copy.sources.some(unseen) && dirs.some((d) => i.copy.dest === "/" || i.copy.dest.startsWith(d))));
}
function customRuntime(target) {
  const launched = target.entrypoint?.value.exec ?? (target.entrypoint ? void 0 : target.cmd?.value.exec);
  return launched !== void 0 && /(^|\/)bootstrap$/.test(launched[0] ?? "");
}
var BOOTSTRAP_DIRS = BOOTSTRAP_PATHS.map((p) => posix4.dirname(p));
function checkProvided(ctx, a, image, at) {
  const misplaced = misplacedBinary(a.evidence, a.shipped);
  const mayCarryBootstrap = (i) => i.keyword === "RUN" || !i.copy || mayPlaceBootstrap(i);
  const unseen = (i) => i.copy !== void 0 && i.copy.from === void 0 && mayPlaceBootstrap(i) && (!ctx.context || i.copy.sources.some((src) => ctx.context.match(src).length === 0));
  if (misplaced && a.unverifiable.length === 0 && !a.opaqueWrites.some((i) => i !== misplaced.copy && mayCarryBootstrap(i)) && !a.shipped.some(unseen)) {
    const { copy, path, source } = misplaced;
    const fix = ` (${copy.keyword} ${[...copy.flags.map(flagText), source].join(" ")} /var/runtime/bootstrap)`;
    ctx.report({ messageId: "binaryNotBootstrap", data: { image, paths: BOOTSTRAP_PATHS.join(", "), path, fix }, at: copy });
    return;
  }
  if (a.evidence.length > 0 || a.unverifiable.length > 0) return;
  if (a.opaqueWrites.some(mayCarryBootstrap)) return;
  if (!ctx.context && unseenCopyInto(a.lineage, BOOTSTRAP_DIRS)) return;
  ctx.report({ messageId: "noBootstrap", data: { image, paths: BOOTSTRAP_PATHS.join(", ") }, at });
}
function misplacedBinary(evidence, shipped) {
  const paths = new Set(evidence.map((e) => e.compiled ? e.path : void 0));
  if (evidence.length === 0 || paths.size !== 1) return void 0;
  const path = [...paths][0];
  if (!path || BOOTSTRAP_PATHS.includes(path)) return void 0;
  const name = path.slice(path.lastIndexOf("/") + 1);
  for (const i of shipped) {
    const c = i.copy;
    if (c?.from === void 0) continue;
    const dest = normalizePath(c.dest.startsWith("/") ? c.dest : `${i.workdir}/${c.dest}`);
    const intoFolder = c.dest.endsWith("/") || c.sources.length > 1 || BOOTSTRAP_DIRS.includes(dest) || dest === i.workdir.replace(/(.)\/+$/, "$1");
    const source = intoFolder ? c.sources.find((src) => src.slice(src.lastIndexOf("/") + 1) === name && posix4.join(dest, name) === path) : c.sources.length === 1 && dest === path ? c.sources[0] : void 0;
    if (!source) continue;
    const others = c.sources.filter((src) => src !== source);
    if (others.some((src) => src.endsWith("/") || src.endsWith("bootstrap") || !/\.\w+$/.test(src.slice(src.lastIndexOf("/") + 1)))) return void 0;
    return { copy: i, path, source };
  }
  return void 0;
}
function mayPlaceBootstrap(i) {
  const dest = i.copy.dest;
  if (dest.includes("$")) return true;
  const abs = normalizePath(dest.startsWith("/") ? dest : `${i.workdir}/${dest}`);
  return BOOTSTRAP_PATHS.includes(abs) || BOOTSTRAP_DIRS.some((d) => pathWithin(d, abs));
}
function launchShown(target) {
  const argv = target.entrypoint?.value.exec ?? target.cmd?.value.exec;
  return argv ? `${target.entrypoint ? "ENTRYPOINT" : "CMD"} ${JSON.stringify(argv).replace(/","/g, '", "')}` : void 0;
}
var RUNTIME_API_USE = /AWS_LAMBDA_RUNTIME_API|\/runtime\/invocation\//;
var MUSL_NOTE = " (on Alpine no prebuilt client exists for musl: it is compiled from source and needs apk add build-base cmake autoconf automake libtool libcurl python3, plus libexecinfo-dev, which only the Alpine 3.16 repository and older have; a Debian-based image avoids the build)";
var MUSL_BUILD = /* @__PURE__ */ new Map([
  ["python", MUSL_NOTE],
  ["nodejs", MUSL_NOTE]
]);
var ANY_RIC = "awslambdaric (Python), aws-lambda-ric (Node.js), aws_lambda_ric (Ruby), the Java RIC, Amazon.Lambda.RuntimeSupport (.NET), the Lambda Web Adapter, or a compiled bootstrap (Go, Rust)";
function tailored(howTo, target) {
  let text = howTo;
  const wd = target.workdir?.value;
  if (wd && wd !== "/" && !wd.includes("$")) text = text.replaceAll("/function", wd).replace("with WORKDIR set to the function directory", `with WORKDIR ${wd} (the function directory)`);
  const cmd = target.cmd?.value.exec;
  if (cmd?.length === 1 && cmd[0] && !cmd[0].includes("$")) text = text.replace(/CMD \["[^"]*"\]( \(your handler\))?/, `CMD ${JSON.stringify(cmd)}`);
  return text;
}
var LL101_ric_missing_default = defineRule({
  code: "LL101",
  name: "ric-missing",
  severity: "error",
  since: "0.1.0",
  needs: { facts: ["lambda", "lambdaEvidence"], dockerfile: true, context: true, history: false, image: { bodies: [EXEC_HEADER_NEED] } },
  docs: {
    what: 'Checks that an image not built on an AWS Lambda base image (nor a known Lambda-ready base) contains a runtime interface client: one of those listed below ("Runtime interface clients"), installed by name or through a dependency manifest of the build context (requirements.txt, pyproject.toml, package.json, Gemfile, pom.xml / build.gradle, csproj), copied (a jar, a published bootstrap), or a compiled bootstrap copied from a Go / Rust builder stage. It also reports a client installed only in a stage whose files never reach the target, and an OS-only base (provided) with no bootstrap, or whose compiled program is copied under another name (`COPY --from=build /main /var/task/main`) with no ENTRYPOINT to run it. LLRT\'s container build (`ADD .../llrt-container-arm64 /usr/bin/llrt`, as its README shows) implements the Runtime API itself and counts as a custom runtime.',
    why: 'Lambda does not run your code directly: a runtime interface client inside the image polls the Runtime API for events and calls the handler. AWS base images ship one; any other base image needs one added (images-create.html, "Using a non-AWS base image"). Without it the container starts, never contacts the Runtime API, and every invocation fails with `Runtime.ExitError` or times out during init. On provided:al2023 / provided:al2 the base entrypoint execs a bootstrap that you must supply, otherwise Lambda reports `Couldn\'t find valid bootstrap(s): [/var/task/bootstrap /opt/bootstrap]` (Runtime.InvalidEntrypoint).',
    bad: {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n',
      context: { ...PYTHON_HANDLER, "requirements.txt": "requests==2.32.3\n" }
    },
    good: {
      dockerfile: 'FROM python:3.12-slim\nWORKDIR /function\nCOPY app.py requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]\nCMD ["app.handler"]\n',
      context: { ...PYTHON_HANDLER, "requirements.txt": "requests==2.32.3\nawslambdaric==3.1.1\n" }
    },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-ric",
      "https://docs.aws.amazon.com/lambda/latest/dg/python-image.html#python-image-clients",
      "https://github.com/aws/aws-lambda-python-runtime-interface-client",
      "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client",
      "https://github.com/awslabs/aws-lambda-web-adapter",
      "https://docs.aws.amazon.com/lambda/latest/dg/runtimes-custom.html"
    ],
    tables: [
      {
        title: "Runtime interface clients",
        intro: "The clients this rule recognises (src/knowledge/ric.ts): the packages that install each, the ENTRYPOINT its documentation shows, and that documentation.",
        columns: ["client", "packages", "ENTRYPOINT", "source"],
        rows: () => RICS.map((r) => [r.label, r.packages.map((p) => `${p.name} (${p.managers.join(", ")})`).join("; ") || "-", r.entrypoint.length ? `\`${JSON.stringify(r.entrypoint)}\`` : "-", r.source])
      }
    ]
  },
  messages: {
    noRic: {
      text: "The image is built on {{image}}, which is not an AWS Lambda base image, and nothing installs or copies a runtime interface client; Lambda cannot start the function.",
      severity: "error",
      fix: "Add {{suggestion}}, or build on an AWS base image (public.ecr.aws/lambda/<runtime>)."
    },
    noBootstrap: {
      text: `{{image}} is an OS-only base image and nothing provides a bootstrap ({{paths}}) or overrides ENTRYPOINT; Lambda fails with "Couldn't find valid bootstrap(s)".`,
      severity: "error",
      fix: "COPY your compiled binary (or a bootstrap script) to /var/runtime/bootstrap, or set ENTRYPOINT to it."
    },
    binaryNotBootstrap: {
      text: `{{image}} is an OS-only base image: its entrypoint runs a bootstrap ({{paths}}), but the compiled program lands at {{path}} and nothing is named bootstrap or overrides ENTRYPOINT; Lambda fails with "Couldn't find valid bootstrap(s)".`,
      severity: "error",
      fix: "Copy the program to /var/runtime/bootstrap{{fix}}, or set ENTRYPOINT to {{path}}."
    },
    notCopied: {
      text: "{{what}} is installed in stage {{stage}} (line {{line}}), but {{how}}; the final image has no runtime interface client.",
      severity: "error",
      fix: "COPY --from={{stage}} the directory holding the client ({{path}}) into the final stage, or install it there."
    },
    noRicInImage: {
      evidence: "image",
      text: "The image has no runtime interface client in its filesystem (no awslambdaric, aws-lambda-ric, aws_lambda_ric, Java RIC, Amazon.Lambda.RuntimeSupport, Lambda Web Adapter, /var/runtime/bootstrap or bootstrap executable) and {{why}}; Lambda cannot start the function.",
      severity: "error",
      fix: "Add {{suggestion}}, or build on an AWS base image (public.ecr.aws/lambda/<runtime>)."
    },
    noBootstrapInImage: {
      evidence: "image",
      text: `The image keeps the AWS base entrypoint /lambda-entrypoint.sh but has no runtime: none of {{paths}} exists; Lambda fails with "Couldn't find valid bootstrap(s)" (Runtime.InvalidEntrypoint).`,
      severity: "error",
      fix: "COPY your compiled binary (or a bootstrap script) to /var/runtime/bootstrap or /var/task/bootstrap, or set ENTRYPOINT to it."
    },
    notLaunched: {
      text: "{{what}} (line {{line}}) may install a runtime interface client this tool cannot see, but {{shown}} does not launch one; Lambda cannot start the function.",
      severity: "error",
      fix: 'Make ENTRYPOINT start the client (e.g. ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"]) and put the handler in CMD.'
    },
    scriptNotLambda: {
      text: "{{shown}} runs lambda_function, the module name AWS gives a Python function, as a script on {{image}}, and nothing launches a runtime interface client: if this image is deployed to Lambda, the handler is never called and Lambda cannot start the function.",
      severity: "warning",
      fix: 'For Lambda, install awslambdaric, set ENTRYPOINT ["/usr/local/bin/python", "-m", "awslambdaric"] and CMD ["lambda_function.lambda_handler"], or build FROM public.ecr.aws/lambda/python. If the image is not for Lambda, set `lambda: false` in .lint-lambda-image.yaml.'
    },
    archiveUnseen: {
      text: "Could not verify that the image provides a runtime interface client: nothing in this Dockerfile installs one, but ADD {{source}} (line {{line}}) unpacks an archive whose files this tool cannot see.",
      severity: "warning",
      fix: "If the archive holds no runtime interface client, add {{suggestion}}."
    },
    unknownBase: {
      text: "Could not verify that base image {{image}} provides a runtime interface client: nothing in this Dockerfile installs one and ENTRYPOINT / CMD do not launch one.",
      severity: "warning",
      fix: "If {{image}} does not start a runtime interface client itself, add {{suggestion}}."
    }
  },
  create(ctx) {
    if (overrideUnresolved(ctx.deploy, "command", "entryPoint")) return {};
    return {
      image(image) {
        const c = ctx.facts.lambda.image;
        if (c.rics.length > 0) return;
        const shown = JSON.stringify(c.argv).replace(/","/g, '", "');
        const suggestion2 = suggestionFor(image);
        const launch = c.launch;
        if (launch.kind === "rie") return;
        if (launch.kind === "base") {
          ctx.report({ messageId: "noBootstrapInImage", data: { paths: BOOTSTRAP_PATHS.join(", ") }, source: "image-layer" });
          return;
        }
        const why = imageWhy(c, image, shown);
        if (why) ctx.report({ messageId: "noRicInImage", data: { why, suggestion: suggestion2 }, source: "image-config" });
      },
      end() {
        if (ctx.mode === "image" && ctx.image) return;
        const target = ctx.target;
        if (!target) return;
        const a = ctx.facts.lambda.dockerfile;
        if (!a) return;
        const kind = target.base.kind;
        const image = target.base.stage ? a.lineage[a.lineage.length - 1]?.base.expanded.value ?? target.base.expanded.value : target.base.expanded.value;
        const at = target.fromInstruction;
        if (kind.kind === "lambda-ready") return;
        const reportStranded = () => {
          const stranded = a.stranded[0];
          if (!stranded) return false;
          const ev = stranded.ev;
          const stage = ev.stage.name ?? String(ev.stage.index);
          const how = !stranded.reachable ? `the final stage never copies from stage ${stage}` : stranded.copiedPaths.length ? `the final stage copies only ${stranded.copiedPaths.join(", ")} from it, not ${ev.path ?? "the client"}` : `the final stage does not copy it from stage ${stage}`;
          ctx.report({ messageId: "notCopied", data: { what: ev.what, stage, line: ev.ins.span.line, how, path: ev.path ?? "its install directory" }, at: ev.ins });
          return true;
        };
        if ((a.lineage[a.lineage.length - 1] ?? target).base.expanded.unresolved.length > 0) {
          if (a.evidence.length === 0 && a.unverifiable.length === 0) reportStranded();
          return;
        }
        if (kind.kind === "aws") {
          if (kind.family === "provided" && !target.entrypoint?.from) checkProvided(ctx, a, image, at);
          return;
        }
        if (a.evidence.length > 0 || customRuntime(target)) return;
        if (ctx.config.lambda === void 0 && !ctx.deploy && ctx.facts.lambdaEvidence.length > 0 && ctx.facts.lambdaEvidence.every((e) => e.weak)) {
          const shown = a.unlaunched ?? (a.unverifiable.length === 0 ? launchShown(target) : void 0);
          if (shown && kind.os !== void 0) ctx.report({ messageId: "scriptNotLambda", data: { shown, image }, at: ctx.facts.lambdaEvidence[0].ins ?? at });
          return;
        }
        if (a.unverifiable.length > 0) {
          const shown = a.unlaunched;
          if (shown) ctx.report({ messageId: "notLaunched", data: { what: a.unverifiable[0].what, line: a.unverifiable[0].ins.span.line, shown }, at });
          return;
        }
        if (reportStranded()) return;
        const repo = (a.lineage[a.lineage.length - 1] ?? target).base.ref.repository.replace(/^library\//, "");
        const guess = RIC_FOR_BASE.find((r) => r.repo.test(repo));
        const rootKind = (a.lineage[a.lineage.length - 1] ?? target).base.kind;
        const musl = guess && rootKind.os === "alpine" ? MUSL_BUILD.get(guess.ric) : void 0;
        const suggestion2 = guess ? `${ricById(guess.ric).label}: ${tailored(ricById(guess.ric).howTo, target)}${musl ?? ""}` : `a runtime interface client: ${ANY_RIC}`;
        const archive = unpackedArchive(a.shipped);
        if (archive) {
          ctx.report({ messageId: "archiveUnseen", data: { ...archive, suggestion: suggestion2 }, at });
          return;
        }
        const osKnown = kind.os !== void 0;
        if (!osKnown && samBuildImage((a.lineage[a.lineage.length - 1] ?? target).base.ref)) return;
        if (!osKnown) {
          const argv = target.entrypoint?.value.exec ?? (target.entrypoint ? void 0 : target.cmd?.value.exec);
          if (startsClient(a, argv)) return;
          ctx.report({ messageId: "unknownBase", data: { image, suggestion: suggestion2 }, at });
          return;
        }
        ctx.report({ messageId: "noRic", data: { image, suggestion: suggestion2 }, at });
      }
    };
  }
});
function imageWhy(c, image, shown) {
  const launch = c.launch;
  if (launch.kind === "empty") return "the config sets neither Entrypoint nor Cmd";
  if (launch.kind === "ric") return `Entrypoint/Cmd ${shown} launches ${ricById(launch.ric).label}, which is not installed`;
  const program = launch.argv[0];
  const found = c.lookup(program);
  if (!found.found) return void 0;
  if (!NOT_A_RUNTIME.test(program.split("/").pop() ?? "")) {
    const body = image.body(found.path);
    if (!body || isElf(body.data)) return void 0;
    const sb = shebang(body.data);
    if (!sb || body.truncated || RUNTIME_API_USE.test(body.data.toString("latin1"))) return void 0;
  }
  return `${c.entrypoint.length ? "Entrypoint" : "Cmd"} ${shown} starts ${program}, which is not a runtime client`;
}
function unpackedArchive(shipped) {
  for (const i of shipped) {
    if (i.keyword !== "ADD" || !i.copy || i.copy.from !== void 0) continue;
    const source = i.copy.sources.find((src) => TAR_ARCHIVE.test(src) && !/^[a-z]+:\/\//i.test(src));
    if (source) return { source, line: i.span.line };
  }
  return void 0;
}
function startsClient(a, argv) {
  const launch = argv ? a.classify(argv) : void 0;
  return launch !== void 0 && (launch.kind === "ric" || launch.kind === "script" && launch.ric !== void 0);
}

// rules/LL102-entrypoint-invalid.ts
import { posix as posix5 } from "node:path";

// src/knowledge/handlers.ts
var SCRIPT_EXTENSION = /^(sh|bash)$/;
var PYTHON_BUILTIN_MODULES = /* @__PURE__ */ new Set([
  "_abc",
  "_ast",
  "_codecs",
  "_collections",
  "_functools",
  "_imp",
  "_io",
  "_locale",
  "_operator",
  "_signal",
  "_sre",
  "_stat",
  "_string",
  "_symtable",
  "_thread",
  "_tokenize",
  "_tracemalloc",
  "_typing",
  "_warnings",
  "_weakref",
  "atexit",
  "builtins",
  "errno",
  "faulthandler",
  "gc",
  "itertools",
  "marshal",
  "posix",
  "pwd",
  "sys",
  "time",
  "xxsubtype"
]);
var PY_IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
var JAVA_IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
var HANDLER_FORMATS = {
  python: {
    family: "python",
    form: "module.function (the module may be dotted or use slashes: pkg/module.function)",
    example: "app.handler",
    error: "Runtime.MalformedHandlerName",
    check(h) {
      const dot = h.lastIndexOf(".");
      if (dot <= 0 || dot === h.length - 1) return 'it has no "." between module and function';
      const mod = h.slice(0, dot).replace(/\//g, ".");
      const fn = h.slice(dot + 1);
      if (/^pyc?$/.test(fn) || SCRIPT_EXTENSION.test(fn)) return `it names the file ${h}, not a function in it`;
      if (!PY_IDENT.test(fn)) return `"${fn}" is not a Python function name`;
      const parts = mod.split(".");
      if (parts.some((p) => p === "")) return `"${h.slice(0, dot)}" is not a module path`;
      if (PYTHON_BUILTIN_MODULES.has(parts[0])) return `"${parts[0]}" is a built-in module name (Runtime.BuiltInModuleConflict)`;
      return void 0;
    },
    // `app.py` splits at its last dot: the runtime imports app and finds no function named py.
    errorFor: (h) => /\.pyc?$/.test(h) ? `Runtime.HandlerNotFound: the runtime imports ${h.replace(/\.pyc?$/, "").replace(/\//g, ".")} and finds no function named ${h.slice(h.lastIndexOf(".") + 1)}` : void 0,
    moduleFiles(h) {
      const dot = h.lastIndexOf(".");
      if (dot <= 0) return void 0;
      const path = h.slice(0, dot).replace(/\./g, "/");
      return [`${path}.py`, `${path}/__init__.py`, `${path}.pyc`, `${path}*.so`];
    },
    source: "https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html"
  },
  nodejs: {
    family: "nodejs",
    form: 'file.export (path/to/file.export; the file name has no dots, no "..")',
    example: "index.handler",
    error: "Runtime.MalformedHandlerName",
    check(h) {
      if (h.includes("..")) return 'it contains ".."';
      const slash = h.lastIndexOf("/");
      const tail = h.slice(slash + 1);
      const dot = tail.indexOf(".");
      if (dot <= 0 || dot === tail.length - 1) return 'it has no "." between file and exported function';
      if (/^[mc]?[jt]s$/.test(tail.slice(dot + 1)) || SCRIPT_EXTENSION.test(tail.slice(dot + 1))) return `it names the file ${h}, not an exported function of it`;
      return void 0;
    },
    // `dist/main.js` splits at the file name's first dot: the runtime loads dist/main and finds no export named js.
    errorFor(h) {
      const slash = h.lastIndexOf("/");
      const tail = h.slice(slash + 1);
      const dot = tail.indexOf(".");
      return dot > 0 && /^[mc]?js$/.test(tail.slice(dot + 1)) ? `Runtime.HandlerNotFound: the runtime loads ${h.slice(0, slash + 1 + dot)} and finds no export named ${tail.slice(dot + 1)}` : void 0;
    },
    moduleFiles(h) {
      const slash = h.lastIndexOf("/");
      const tail = h.slice(slash + 1);
      const dot = tail.indexOf(".");
      if (dot <= 0) return void 0;
      const base2 = `${h.slice(0, slash + 1)}${tail.slice(0, dot)}`.replace(/^\.\//, "");
      return [base2, `${base2}.js`, `${base2}.mjs`, `${base2}.cjs`, `${base2}/index.js`];
    },
    source: "https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html"
  },
  java: {
    family: "java",
    form: "package.Class::method, or package.Class when the class implements RequestHandler",
    example: "example.App::handleRequest",
    error: "Class not found / No public method named ...",
    check(h) {
      const sep = h.lastIndexOf("::");
      const cls = sep >= 0 ? h.slice(0, sep) : h;
      const method = sep >= 0 ? h.slice(sep + 2) : void 0;
      if (!cls.split(".").every((p) => JAVA_IDENT.test(p))) return `"${cls}" is not a Java class name`;
      if (method !== void 0 && !JAVA_IDENT.test(method)) return `"${method}" is not a Java method name`;
      return void 0;
    },
    source: "https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html"
  },
  dotnet: {
    family: "dotnet",
    form: "Assembly::Namespace.Class::Method (or the assembly name alone for an executable assembly)",
    example: "MyFunction::MyFunction.Function::FunctionHandler",
    error: "Runtime.MalformedHandlerName / Could not find the specified handler assembly",
    check(h) {
      if (!h.includes("::")) return /^[\w.-]+$/.test(h) ? void 0 : `"${h}" is not an assembly name`;
      const parts = h.split("::");
      if (parts.length !== 3 || parts.some((p) => p === "")) return "it does not have the three parts Assembly::Namespace.Class::Method";
      if (!/^[\w.-]+$/.test(parts[0]) || !/^[\w.+`]+$/.test(parts[1]) || !/^\w+$/.test(parts[2])) return "one of its parts is not a .NET name";
      return void 0;
    },
    source: "https://docs.aws.amazon.com/lambda/latest/dg/csharp-handler.html"
  },
  ruby: {
    family: "ruby",
    form: "file.method or file.Class.method (Class may be Module::Class)",
    example: "app.App::Handler.process",
    error: "ArgumentError: Invalid handler",
    check(h) {
      const parts = h.split(".");
      if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) return 'it does not have 2 or 3 "."-separated parts';
      if (parts.length === 2 && parts[1] === "rb") return `it names the file ${h}, not a method in it`;
      if (!/^[a-z_][A-Za-z0-9_?!]*$/.test(parts[parts.length - 1])) return `"${parts[parts.length - 1]}" is not a Ruby method name`;
      if (parts.length === 3 && !/^[A-Z]\w*(::[A-Z]\w*)*$/.test(parts[1])) return `"${parts[1]}" is not a Ruby class or module name`;
      return void 0;
    },
    moduleFiles(h) {
      const file = h.split(".")[0];
      return file ? [`${file}.rb`] : void 0;
    },
    source: "https://docs.aws.amazon.com/lambda/latest/dg/ruby-handler.html"
  },
  provided: void 0
};
var GO1X_HANDLER = {
  form: "the name of the compiled executable in /var/task",
  example: "main",
  error: "the go1.x runtime starts the handler as a program, and source code does not run",
  check(h) {
    return /\.go$/i.test(h) ? `it names the Go source file ${h}, not the executable built from it` : void 0;
  }
};

// rules/LL102-entrypoint-invalid.ts
var TASK_ROOT2 = "/var/task";
var SYMLINKED_LAUNCHERS = /^(python[\d.]*|pypy[\d.]*|node|nodejs|npx|npm|ruby|bundle|bundler|java|dotnet|sh|bash|dash|env|tini|dumb-init|aws_lambda_ric|aws-lambda-ric)$/;
var OK_KINDS = /* @__PURE__ */ new Set(["base", "ric", "bootstrap"]);
function samBuildBase(ctx, t) {
  let root = t;
  while (root.base.stage) root = root.base.stage;
  const sam = root.base.kind.kind === "other" ? samBuildImage(root.base.ref) : void 0;
  if (!sam || !t.cmd?.from) return false;
  const first = t.cmd.value.exec?.[0] ?? t.cmd.value.shell?.trim().split(/\s+/)[0] ?? "";
  const args = t.cmd.value.exec ?? t.cmd.value.shell?.split(/\s+/) ?? [];
  if (/(^|\/)(lambda-entrypoint\.sh|bootstrap|aws-lambda-rie)$/.test(first) || args.some((w) => /^(awslambdaric|aws-lambda-ric|aws_lambda_ric)$/.test(w))) return false;
  const cmd = t.cmd?.value;
  const shown = cmd?.exec ? `CMD ${json(cmd.exec)}` : cmd?.shell !== void 0 ? `CMD ${cmd.shell}` : "its CMD (/bin/bash)";
  ctx.report({ messageId: "samBuildImage", data: { image: root.base.expanded.value, cmd: shown, lambdaBase: sam.lambdaBase }, at: root.fromInstruction });
  return true;
}
function json(argv) {
  return JSON.stringify(argv).replace(/","/g, '", "');
}
function needsHandlerArg(l) {
  if (l.kind === "base") return l.argv.length < 2;
  if (l.kind === "ric" && l.ric && ricById(l.ric).handlerFromArgv && l.ric !== "dotnet") return l.handlerIndex === void 0 || l.argv.length <= l.handlerIndex;
  return false;
}
var messages = {
  adapterPortEmpty: {
    text: "{{name}} is set from ${{{variable}}}, which nothing defines before it (no ARG {{variable}}, and the base image does not set it): Docker makes it an empty string, so the Lambda Web Adapter reads an empty port instead of its default 8080 and cannot reach the web app: its readiness check does not pass and the function does not initialize.",
    severity: "warning",
    fix: "Give the port the web app listens on: ENV {{name}}=8080 (or declare ARG {{variable}}=8080 before this ENV)."
  },
  adapterInvokeMode: {
    text: "The function URL of {{fn}} {{url}}, but the Lambda Web Adapter in the image runs in {{mode}} mode ({{how}}): the adapter's invoke mode must match the URL's, or the URL does not return the web app's responses as it sends them.",
    severity: "warning",
    fix: "{{fix}}"
  },
  adapterPortMismatch: {
    text: "The Lambda Web Adapter forwards requests to port {{adapterPort}} ({{how}}), but {{server}} listens on port {{appPort}} ({{appHow}}): unless the function's configuration sets AWS_LWA_PORT (which the Dockerfile cannot show), the adapter's readiness check never reaches the web app, and the function does not initialize.",
    severity: "warning",
    fix: "Make them agree: ENV AWS_LWA_PORT={{appPort}}, or start {{server}} on port {{adapterPort}}."
  },
  adapterBaseEntrypoint: {
    text: `The image copies in the Lambda Web Adapter, but on this AWS base image /lambda-entrypoint.sh still starts the runtime interface client with the handler CMD {{cmd}}, and nothing starts a web app on the adapter's port ({{port}}): the adapter's readiness check waits for a server that is not there. Its README: with AWS managed base images, "override the ENTRYPOINT to start your web app".`,
    severity: "warning",
    fix: "Start the web server from ENTRYPOINT on port {{port}}, e.g. ENTRYPOINT {{server}} with CMD [], or drop the adapter and keep CMD {{cmd}} as the handler."
  },
  webAppHandler: {
    text: 'The image runs the Lambda Web Adapter, so Lambda starts CMD as the web app, but CMD {{cmd}} is a handler name, not a program: the container cannot start it (exec: "{{program}}": executable file not found in $PATH) and the function fails at init.',
    severity: "error",
    fix: `Make CMD start the web server on the adapter's port (AWS_LWA_PORT or PORT, default 8080), e.g. CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]; or drop the adapter and build on an AWS base image with CMD {{cmd}}.`
  },
  notRuntime: {
    text: "ENTRYPOINT {{entrypoint}} replaces the base image's /lambda-entrypoint.sh with something that is neither a runtime interface client nor a bootstrap; the function never contacts the Runtime API.",
    severity: "error",
    fix: 'Remove the ENTRYPOINT to keep /lambda-entrypoint.sh, and give the handler with CMD ["{{example}}"].'
  },
  notLaunching: {
    text: "{{what}} {{entrypoint}} does not start the runtime interface client ({{ric}}) that the image installs.",
    severity: "error",
    fix: "Use ENTRYPOINT {{expected}} and put the handler in CMD."
  },
  missing: {
    text: "No ENTRYPOINT is set on {{image}}: Lambda runs {{cmd}} as the program, which does not start the runtime interface client ({{ric}}).",
    severity: "error",
    fix: "Add ENTRYPOINT {{expected}} and keep the handler in CMD."
  },
  shellForm: {
    text: "ENTRYPOINT in shell form runs under /bin/sh -c, {{consequence}}.",
    severity: "warning",
    fix: "Write it in exec (JSON) form, e.g. ENTRYPOINT {{json}}."
  },
  rieUnconditional: {
    text: "{{where}} runs the Runtime Interface Emulator ({{rie}}) unconditionally; on Lambda it serves its own API on port 8080 and the function never receives invocations.",
    severity: "error",
    fix: `Start the emulator only when ${RIE_GUARD_VARIABLE} is unset (if [ -z "\${${RIE_GUARD_VARIABLE}}" ]; then exec aws-lambda-rie <cmd>; else exec <cmd>; fi), or keep it out of the image and mount it for local tests.`
  },
  unverified: {
    text: "Could not verify that {{what}} starts a runtime interface client: {{reason}}.",
    severity: "warning",
    fix: 'Make sure it execs {{expected}} (passing "$@"), or point ENTRYPOINT at the client directly.'
  },
  samBuildImage: {
    text: "{{image}} is an AWS SAM build image, made to build functions: it resets ENTRYPOINT to [] and CMD to /bin/bash, so Lambda runs {{cmd}} as the program and the function never starts (Runtime.InvalidEntrypoint).",
    severity: "error",
    fix: "Build the function on {{lambdaBase}} (FROM {{lambdaBase}}), and keep the build image for a builder stage (FROM {{image}} AS build, then COPY --from=build what it built)."
  },
  entrypointMissing: {
    evidence: "image",
    text: "The config Entrypoint {{entrypoint}} names {{path}}, which does not exist in the image{{detail}}; Lambda fails with Runtime.InvalidEntrypoint (exit status 127).",
    severity: "error",
    fix: "COPY the program to {{path}} (or install it), or point Entrypoint at the path where it is."
  },
  entrypointSymlink: {
    evidence: "image",
    text: "The config Entrypoint {{path}} is a symlink to {{target}}; the Lambda docs say not to use symlinks as the entry point (Runtime.InvalidEntrypoint).",
    severity: "warning",
    fix: "Point Entrypoint at the file itself: {{target}}."
  },
  entrypointNotExecutable: {
    evidence: "image",
    text: "The entrypoint {{path}} has mode {{mode}} (owner uid {{uid}}): Lambda runs as a non-root user, which cannot execute it (permission denied, Runtime.InvalidEntrypoint).",
    severity: "error",
    fix: "chmod 755 {{path}} in the layer that adds it (or COPY --chmod=755)."
  },
  wrongArchitecture: {
    evidence: "image",
    text: '{{what}} {{path}} is an ELF for {{machine}}, but the image architecture is {{arch}}; Lambda fails with "exec format error" (Runtime.InvalidEntrypoint).',
    severity: "error",
    fix: "Build the binary for linux/{{arch}} (GOARCH={{arch}}, cargo lambda build {{cargoFlag}}), or build the image with --platform linux/{{elfArch}}."
  },
  interpreterMissing: {
    evidence: "image",
    text: "The entrypoint script {{path}} starts with {{line}}, but {{interpreter}} does not exist in the image{{crlf}}; Lambda fails with exit status 127.",
    severity: "error",
    fix: "{{fixText}}"
  },
  programNotPlaced: {
    text: "{{what}} {{entrypoint}} runs {{path}}, but no instruction of this Dockerfile puts a file there{{note}}; Lambda fails with Runtime.InvalidEntrypoint.",
    severity: "error",
    fix: "COPY the program to {{path}}, or point {{what}} at the absolute path where it is copied."
  },
  execVariable: {
    text: "{{what}} {{shown}} names its program with {{variable}}, which the exec (JSON) form does not expand (no shell runs it): the container looks for a file literally named {{program}}, and Lambda fails with Runtime.InvalidEntrypoint.",
    severity: "error",
    fix: "{{fixText}}"
  },
  relativePath: {
    text: "ENTRYPOINT {{path}} is a relative path: it only resolves while the working directory is {{workdir}}.",
    severity: "warning",
    fix: "Use the absolute path: ENTRYPOINT {{json}}."
  }
};
var LL102_entrypoint_invalid_default = defineRule({
  code: "LL102",
  name: "entrypoint-invalid",
  severity: "error",
  since: "0.1.0",
  sameAs: ["hadolint DL3025", "BuildKit JSONArgsRecommended"],
  needs: { facts: ["lambda"], dockerfile: true, context: true, history: false, image: { bodies: [EXEC_HEADER_NEED] } },
  docs: {
    what: "Checks that ENTRYPOINT starts the Lambda runtime. On an AWS base image, an ENTRYPOINT override must be the base entrypoint (/lambda-entrypoint.sh), a runtime interface client or a bootstrap, not an interpreter such as `python`. On any other base, ENTRYPOINT (or, without one, CMD) must launch the runtime interface client the image installs: `python -m awslambdaric`, `npx aws-lambda-ric`, `aws_lambda_ric`, `java ... com.amazonaws.services.lambda.runtime.api.client.AWSLambda`, a .NET or compiled `bootstrap`, or a wrapper script that execs one (a script copied from the build context or written by a heredoc is read and checked; one whose content is not visible gives a warning). It also reports shell-form ENTRYPOINT (an error when what it starts needs the handler from CMD, such as /lambda-entrypoint.sh or a runtime client given no handler; a warning otherwise, as for a bootstrap or a Go binary on an OS-only base, which need none), the Runtime Interface Emulator run without an AWS_LAMBDA_RUNTIME_API guard, an exec-form program written with a variable (`[\"$LAMBDA_RUNTIME_DIR/bootstrap\"]`: no shell expands it), relative ENTRYPOINT paths (warning), and, on an AWS base, a program under /var/task that no instruction puts there. When the image has no runtime client at all, LL101 reports it and this rule stays quiet. The Web Adapter's port (AWS_LWA_PORT, else PORT, else 8080) must be the one the web server listens on when its command line shows it (uvicorn --port, its default 8000, UVICORN_PORT; gunicorn and hypercorn --bind): a warning, since the function's configuration may set AWS_LWA_PORT. On an AWS base image whose entrypoint is kept, the Web Adapter with a handler as CMD is a warning (the adapter's README: override the ENTRYPOINT to start the web app). With a deploy configuration that gives the function a URL, the Web Adapter's invoke mode (AWS_LWA_INVOKE_MODE, buffered by default) must match the URL's InvokeMode (a warning).",
    why: 'Lambda starts the container with ENTRYPOINT + CMD and waits for the process to ask the Runtime API for the next event. `ENTRYPOINT ["python", "app.py"]` runs your script once and exits: Lambda reports `Runtime.ExitError` ("Runtime exited without providing a reason") or an init timeout. A shell-form ENTRYPOINT runs under `/bin/sh -c` and drops CMD, so the handler never reaches the client ("Handler not set", or exit 142 from /lambda-entrypoint.sh). aws-lambda-rie is a local emulator: started unconditionally on Lambda it serves its own fake API on port 8080 and the function never receives real invocations. A relative ENTRYPOINT only works while the working directory is unchanged (troubleshooting-images.html lists non-absolute entrypoints under Runtime.InvalidEntrypoint).',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nENTRYPOINT ["python", "app.py"]\n',
      context: PYTHON_HANDLER
    },
    good: AWS_PYTHON_GOOD,
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-images.html",
      "https://github.com/aws/aws-lambda-runtime-interface-emulator#test-an-image-without-adding-rie-to-the-image",
      "https://docs.docker.com/reference/dockerfile/#entrypoint"
    ]
  },
  messages,
  create(ctx) {
    if (overrideUnresolved(ctx.deploy, "command", "entryPoint")) return {};
    return {
      image() {
        const c = ctx.facts.lambda.image;
        if (c.launch.kind === "base") checkBootstrapArchitectures(ctx, c);
        checkImageEntrypoint(ctx, c);
      },
      end() {
        const t = ctx.target;
        const a = ctx.facts.lambda.dockerfile;
        if (!t || !a) return;
        const epIns = t.entrypoint?.from;
        if (!epIns && samBuildBase(ctx, t)) return;
        if (t.base.kind.kind === "lambda-ready" && !epIns) return;
        if (execVariable(ctx, t)) return;
        if (epIns && !t.entrypoint.value.exec && a.noClient) {
          new LaunchJudge(ctx, t, a).entrypoint(epIns, false);
          return;
        }
        if (a.clientMissing) return;
        if (a.evidence.some((e) => e.ric === "web-adapter")) {
          checkAdapterPort(ctx, t);
          checkAdapterInvokeMode(ctx, t);
          if (checkAdapterOnBaseEntrypoint(ctx, t)) return;
          checkAdapterAppPort(ctx, t);
        }
        const judge = new LaunchJudge(ctx, t, a);
        if (epIns) judge.entrypoint(epIns);
        else if (t.base.kind.kind === "other") judge.cmdAsProgram();
      }
    };
  }
});
function execVariable(ctx, t) {
  const ep = t.entrypoint;
  const useCmd = !ep && t.base.kind.kind === "other";
  const argv = ep ? ep.value.exec : useCmd ? t.cmd?.value.exec : void 0;
  const program = argv?.[0];
  const written = program ? envWritten(t, program) : void 0;
  if (!argv || !program || !written) return false;
  const what = ep ? "ENTRYPOINT" : "CMD";
  const path = t.base.kind.kind === "aws" && written.value.endsWith("/lambda-entrypoint.sh") ? "/lambda-entrypoint.sh" : written.value;
  const fixed = written.known ? [path, ...argv.slice(1)] : ["/bin/sh", "-c", `exec ${program} "$@"`, "sh", ...argv.slice(1)];
  const fixText = written.known ? `Write the path out: ${what} ${json(fixed)}.` : `Let a shell expand it: ${what} ${json(fixed)}.`;
  ctx.report({ messageId: "execVariable", data: { what, shown: json(argv), variable: `$${written.variable}`, program, fixText }, at: (ep ? ep.from : t.cmd?.from) ?? t.fromInstruction });
  return true;
}
function checkAdapterInvokeMode(ctx, t) {
  const url = ctx.deploy?.urlInvokeMode;
  if (!url) return;
  const fromEnv = t.env.get("AWS_LWA_INVOKE_MODE");
  if (ctx.deploy.adapterInvokeMode === void 0 && fromEnv?.value.includes("$")) return;
  const mode = (ctx.deploy.adapterInvokeMode ?? fromEnv?.value ?? "buffered").toLowerCase();
  const streams = url.value === "RESPONSE_STREAM";
  if (streams === (mode === "response_stream")) return;
  const how = ctx.deploy.adapterInvokeMode !== void 0 ? `AWS_LWA_INVOKE_MODE=${mode} in the function's environment` : fromEnv ? `ENV AWS_LWA_INVOKE_MODE=${fromEnv.value}` : "AWS_LWA_INVOKE_MODE is not set; its default is buffered";
  ctx.report({
    messageId: "adapterInvokeMode",
    data: {
      fn: ctx.deploy.id,
      url: streams ? "streams responses (InvokeMode RESPONSE_STREAM)" : "buffers responses (InvokeMode BUFFERED, the default)",
      mode: streams ? "buffered" : "response_stream",
      how,
      fix: streams ? "Set AWS_LWA_INVOKE_MODE=response_stream (ENV in the Dockerfile, or the function's environment)." : "Set the URL's InvokeMode to RESPONSE_STREAM, or AWS_LWA_INVOKE_MODE=buffered."
    },
    at: url.at,
    severity: "warning"
  });
}
function checkAdapterOnBaseEntrypoint(ctx, t) {
  const ep = t.entrypoint?.value.exec;
  if (t.base.kind.kind !== "aws" || t.entrypoint && !(ep?.length === 1 && ep[0] === "/lambda-entrypoint.sh")) return false;
  const cmd = t.cmd?.value.exec;
  if (!cmd || cmd.length !== 1 || !HANDLER_SHAPED.test(cmd[0]) || SCRIPT_OR_PROGRAM.test(cmd[0])) return false;
  const port = ADAPTER_PORTS.map((n) => t.env.get(n)?.value).find((v) => v !== void 0 && /^\d+$/.test(v)) ?? "8080";
  const family = t.base.kind.family;
  const server = family === "python" ? ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", port] : family === "nodejs" ? ["node", "server.js"] : family === "java" ? ["java", "-jar", "app.jar"] : ["/var/task/server"];
  ctx.report({ messageId: "adapterBaseEntrypoint", data: { cmd: json(cmd), port, server: json(server) }, at: t.cmd.from ?? t.fromInstruction });
  return true;
}
var WEB_SERVERS = /* @__PURE__ */ new Map([
  ["uvicorn", { flags: ["--port"], default: "8000" }],
  ["hypercorn", { flags: ["--bind", "-b"], bind: true, default: "8000" }],
  ["gunicorn", { flags: ["--bind", "-b"], bind: true }]
]);
function checkAdapterAppPort(ctx, t) {
  const ep = t.entrypoint?.value;
  const argv = ep ? ep.exec ? [...ep.exec, ...t.cmd?.value.exec ?? []] : void 0 : t.cmd?.value.exec;
  if (!argv) return;
  const at = argv.findIndex((w) => WEB_SERVERS.has(posix5.basename(w)));
  if (at < 0) return;
  const name = posix5.basename(argv[at]);
  const server = WEB_SERVERS.get(name);
  const args = argv.slice(at + 1);
  let appPort;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].includes("=") && args[i].startsWith("--") ? [args[i].slice(0, args[i].indexOf("=")), args[i].slice(args[i].indexOf("=") + 1)] : [args[i], void 0];
    if (!server.flags.includes(flag)) continue;
    const value = inline ?? args[i + 1];
    appPort = server.bind ? /:(\d+)$/.exec(value ?? "")?.[1] : value;
  }
  const fromEnv = name === "uvicorn" ? t.env.get("UVICORN_PORT")?.value : void 0;
  const appHow = appPort !== void 0 ? "its command line" : fromEnv !== void 0 ? "UVICORN_PORT" : `${name}'s default`;
  appPort ??= fromEnv ?? server.default;
  const setting = ["AWS_LWA_PORT", "PORT"].find((n) => t.env.has(n));
  const adapterPort = setting ? t.env.get(setting).value : "8080";
  if (!appPort || !/^\d+$/.test(appPort) || !/^\d+$/.test(adapterPort) || appPort === adapterPort) return;
  const how = setting ? `ENV ${setting}=${adapterPort}` : "its default; neither AWS_LWA_PORT nor PORT is set";
  const launch = (ep ? t.entrypoint.from : t.cmd?.from) ?? t.fromInstruction;
  ctx.report({ messageId: "adapterPortMismatch", data: { adapterPort, how, server: name, appPort, appHow }, at: launch });
}
var ADAPTER_PORTS = ["AWS_LWA_PORT", "PORT", "AWS_LWA_READINESS_CHECK_PORT"];
function checkAdapterPort(ctx, t) {
  const kind = t.base.kind;
  if (!(kind.kind === "aws" || kind.kind === "other" && kind.os !== void 0) || t.base.expanded.unresolved.length > 0) return;
  for (const name of ADAPTER_PORTS) {
    const setting = t.env.get(name);
    const ins = setting?.from;
    if (!setting || !ins || ins.keyword !== "ENV") continue;
    const refs = [...setting.value.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    const unset = refs.filter((r) => !ins.scope.has(r));
    if (refs.length === 0 || unset.length === 0 || setting.value.replace(/\$\{\w+\}/g, "").trim() !== "") continue;
    ctx.report({ messageId: "adapterPortEmpty", data: { name, variable: unset[0] }, at: ins, severity: "warning" });
    return;
  }
}
function checkArchitecture(ctx, c, data, path, what, layer) {
  if (!c.arch || !isElf(data)) return;
  const m = elfMachine(data);
  if (m === ELF_MACHINE[c.arch]) return;
  const elfArch = m === 62 ? "amd64" : m === 183 ? "arm64" : `(${m})`;
  ctx.report({ messageId: "wrongArchitecture", data: { what, path, machine: MACHINE_NAME[m] ?? `e_machine ${m}`, arch: c.arch, elfArch, cargoFlag: c.arch === "arm64" ? "--arm64" : "--x86-64" }, source: "image-layer", layer });
}
function checkBootstrapArchitectures(ctx, c) {
  const image = ctx.image;
  for (const b of BOOTSTRAP_PATHS) {
    const body = image.body(b);
    if (body) checkArchitecture(ctx, c, body.data, b, "The bootstrap", image.files.get(b)?.layer);
  }
}
function checkImageEntrypoint(ctx, c) {
  const image = ctx.image;
  const program = c.entrypoint[0];
  if (!program) return;
  const found = c.lookup(program);
  if (!found.found) {
    const r = image.resolve(found.path);
    const detail = !r.ok && r.error === "loop" ? " (a symlink loop)" : program.includes("/") ? program.startsWith("/") ? "" : ` (relative to WorkingDir ${c.workdir})` : ` (looked up on PATH: ${found.tried.join(", ")})`;
    ctx.report({ messageId: "entrypointMissing", data: { entrypoint: JSON.stringify(c.entrypoint), path: found.path, detail }, source: "image-config" });
    return;
  }
  const own = image.files.get(found.path);
  const resolved = image.resolve(found.path);
  if (!resolved.ok) return;
  const entry = resolved.entry;
  if (own?.type === "symlink" && !SYMLINKED_LAUNCHERS.test(program.split("/").pop() ?? "")) {
    ctx.report({ messageId: "entrypointSymlink", data: { path: found.path, target: resolved.path }, source: "image-layer", layer: own.layer });
  }
  if (entry.type === "dir") {
    ctx.report({ messageId: "entrypointMissing", data: { entrypoint: JSON.stringify(c.entrypoint), path: found.path, detail: " as a file (it is a directory)" }, source: "image-config" });
    return;
  }
  if ((entry.mode & 1) === 0) {
    ctx.report({ messageId: "entrypointNotExecutable", data: { path: resolved.path, mode: octal(entry.mode), uid: entry.uid }, source: "image-layer", layer: entry.layer });
  }
  const body = image.body(found.path);
  if (!body) return;
  checkArchitecture(ctx, c, body.data, resolved.path, "The entrypoint", image.files.get(resolved.path)?.layer);
  checkInterpreter(ctx, c, body.data, resolved.path, entry.layer);
}
function checkInterpreter(ctx, c, data, path, layer) {
  const sb = shebang(data);
  if (!sb || !sb.interpreter) return;
  const interp = sb.interpreter;
  const viaEnv = interp === "/usr/bin/env" || interp === "/bin/env";
  let missing;
  if (!ctx.image.resolve(interp).ok) missing = interp;
  else if (viaEnv && sb.arg && !sb.arg.startsWith("-") && !c.lookup(sb.arg).found) missing = `${sb.arg} (on PATH)`;
  if (!missing && sb.crlf) missing = `${sb.arg && viaEnv ? sb.arg : interp}\\r`;
  if (!missing) return;
  const fixText = sb.crlf ? `Convert ${path} to Unix line endings (dos2unix, or .gitattributes "*.sh text eol=lf").` : `Install ${missing.replace(/ \(on PATH\)$/, "")} in the image, or change the shebang of ${path} to an interpreter the image has (e.g. #!/bin/sh).`;
  ctx.report({ messageId: "interpreterMissing", data: { path, line: sb.line, interpreter: missing, crlf: sb.crlf ? " (the line ends with a Windows carriage return)" : "", fixText }, source: "image-layer", layer });
}
var HANDLER_SHAPED = /^[A-Za-z_][\w-]*(\.[A-Za-z_]\w*)+$/;
var SCRIPT_OR_PROGRAM = /\.(sh|bash|js|mjs|cjs|ts|py|rb|pl|php|jar|bin|exe|out)$/i;
var LaunchJudge = class {
  constructor(ctx, t, a) {
    this.ctx = ctx;
    this.t = t;
    this.a = a;
    this.kind = t.base.kind;
    this.webAdapter = a.evidence.some((e) => e.ric === "web-adapter");
    const firstRic = a.evidence.find((e) => e.ric !== "web-adapter");
    const spec = firstRic ? ricById(firstRic.ric) : void 0;
    this.ricLabel = spec ? `${spec.label}, line ${firstRic.ins.span.line}` : "installed by a manifest this tool could not read";
    const osOnly = this.kind.kind === "aws" && (this.kind.family === "provided" || this.kind.family === "go");
    this.expected = json(spec?.entrypoint.length ? spec.entrypoint : osOnly ? ["/var/runtime/bootstrap"] : this.kind.kind === "aws" ? ["/lambda-entrypoint.sh"] : ["/usr/local/bin/python", "-m", "awslambdaric"]);
    this.workdir = t.workdir?.value ?? "/";
  }
  ctx;
  t;
  a;
  kind;
  webAdapter;
  /** The client the image installs, for messages; and the ENTRYPOINT that starts it. */
  ricLabel;
  expected;
  workdir;
  /**
   * ENTRYPOINT in exec form is judged as a launch; in shell form it cannot take CMD. A shell form that runs an
   * interpreter or a script is judged as that launch (`ENTRYPOINT node index.mjs` never starts a runtime client) when
   * `judgeLaunch` (not when the image has no client at all: LL101 reports that).
   */
  entrypoint(epIns, judgeLaunch = true) {
    const ep = this.t.entrypoint.value;
    if (ep.exec) {
      this.judge(this.a.classify(entrypointLaunchArgv(ep.exec, this.t.cmd?.value.exec)), epIns, "ENTRYPOINT", json(ep.exec));
      return;
    }
    const text = ep.shell ?? "";
    const meant = epIns.jsonInvalid ? intendedExec(text) : void 0;
    if (meant) {
      const consequence2 = `and this one, meant as an exec-form array, is not valid JSON (${meant.problem}): the shell finds no program named by its first word, so the function never starts`;
      this.ctx.report({ messageId: "shellForm", data: { consequence: consequence2, json: json(meant.words) }, at: epIns, severity: "error" });
      return;
    }
    const launch = this.a.classify(["/bin/sh", "-c", text]);
    if (this.rieUnconditional(launch, epIns, "ENTRYPOINT")) return;
    if (judgeLaunch && (launch.kind === "interpreter" || launch.kind === "script")) {
      this.judge(launch, epIns, "ENTRYPOINT", json(launch.argv.length ? launch.argv : text.split(/\s+/).filter(Boolean)));
      return;
    }
    const cmdSet = this.t.cmd !== void 0;
    const words = launch.argv.length ? launch.argv : text.split(/\s+/).filter(Boolean);
    const needs = needsHandlerArg(launch) && launch.argv.length <= (launch.handlerIndex ?? 1);
    const severity = needs ? "error" : "warning";
    const consequence = cmdSet ? "so CMD (the handler) is never passed to it" : needs ? "so no handler argument reaches the runtime" : "so it does not receive CMD or signals directly";
    const fixed = words.some((w) => w.includes("$")) ? ["/bin/sh", "-c", /^exec\s/.test(text.trim()) ? text.trim() : `exec ${text.trim()}`] : words;
    this.ctx.report({ messageId: "shellForm", data: { consequence, json: json(fixed) }, at: epIns, severity });
  }
  /** No ENTRYPOINT on a custom base: CMD is the program Lambda runs, and must start the client itself. */
  cmdAsProgram() {
    if (this.webAdapter) {
      this.webAppCommand();
      return;
    }
    const { t, ctx, ricLabel, expected } = this;
    const cmd = t.cmd;
    const image = t.base.expanded.value;
    const osKnown = this.kind.os !== void 0;
    if (!cmd) {
      if (!ctx.deploy && !this.a.shipped.some((i) => i.keyword === "COPY" || i.keyword === "ADD")) return;
      if (osKnown) ctx.report({ messageId: "missing", data: { image, cmd: `nothing (no CMD either${ctx.deploy ? "" : ", unless the function's ImageConfig sets EntryPoint"})`, ric: ricLabel, expected }, at: t.fromInstruction, severity: ctx.deploy ? void 0 : "warning" });
      else ctx.report({ messageId: "unverified", data: { what: `the ENTRYPOINT of ${image}`, reason: "this Dockerfile sets neither ENTRYPOINT nor CMD", expected }, at: t.fromInstruction });
      return;
    }
    const argv = cmd.value.exec ?? ["/bin/sh", "-c", cmd.value.shell ?? ""];
    const at = cmd.from ?? t.fromInstruction;
    const launch = this.a.classify(argv);
    if (this.rieUnconditional(launch, at, "CMD")) return;
    if (OK_KINDS.has(launch.kind) || launch.kind === "script") {
      this.judge(launch, at, "CMD", json(argv));
      return;
    }
    if (osKnown) ctx.report({ messageId: "missing", data: { image, cmd: `CMD ${json(argv)}`, ric: ricLabel, expected }, at });
    else ctx.report({ messageId: "unverified", data: { what: `the ENTRYPOINT of ${image}`, reason: "this Dockerfile does not set ENTRYPOINT and the base image is not known", expected }, at });
  }
  /**
   * With the Web Adapter on a custom base, CMD starts the web app: a handler name there (`CMD ["main.handler"]`,
   * written for an AWS base) is no program, and the container cannot start.
   */
  webAppCommand() {
    if (this.kind.kind !== "other" || this.kind.os === void 0 || /(^|\/)node$/.test(this.t.base.ref?.repository ?? "")) return;
    const argv = this.t.cmd?.value.exec;
    if (!argv || argv.length !== 1 || !HANDLER_SHAPED.test(argv[0]) || SCRIPT_OR_PROGRAM.test(argv[0]) || this.a.classify(argv).kind !== "unknown") return;
    this.ctx.report({ messageId: "webAppHandler", data: { cmd: json(argv), program: argv[0] }, at: this.t.cmd.from ?? this.t.fromInstruction });
  }
  /** A handler of the base image's runtime, for a fix (`com.example.Handler::handleRequest` on java). */
  handlerExample() {
    const family = this.kind.kind === "aws" ? this.kind.family : void 0;
    return (family && family !== "go" ? HANDLER_FORMATS[family]?.example : void 0) ?? "app.handler";
  }
  /** Reports a launch that is not a runtime (or cannot be verified to start one). */
  judge(launch, at, what, shown) {
    if (this.rieUnconditional(launch, at, what)) return;
    if (this.webAdapter) return;
    if (OK_KINDS.has(launch.kind)) {
      this.relativePath(launch, at);
      return;
    }
    const { ctx, ricLabel, expected } = this;
    if (launch.kind === "script") {
      this.script(launch, at, what, shown);
      return;
    }
    if (launch.kind === "unknown") {
      if (this.notPlaced(launch, at, what, shown)) return;
      ctx.report({ messageId: "unverified", data: { what: `${what} ${shown}`, reason: `${launch.argv[0]} is not a known runtime client, and this Dockerfile does not show what it runs`, expected }, at });
      return;
    }
    if (this.kind.kind === "aws") ctx.report({ messageId: "notRuntime", data: { entrypoint: shown, example: this.handlerExample() }, at });
    else ctx.report({ messageId: "notLaunching", data: { what, entrypoint: shown, ric: ricLabel, expected }, at });
  }
  /**
   * On an AWS base a program under /var/task (where a relative ENTRYPOINT resolves: the AWS base images set WORKDIR
   * /var/task, and their /var/task starts empty) that no instruction can put there: no COPY or ADD lands on it or in a
   * folder holding it, and no build step (RUN) could create it.
   */
  notPlaced(launch, at, what, shown) {
    const head = launch.argv[0] ?? "";
    if (this.kind.kind !== "aws" || !head.includes("/") || head.includes("$")) return false;
    const workdir = this.t.workdir?.value ?? TASK_ROOT2;
    const path = head.startsWith("/") ? posix5.normalize(head) : posix5.join(workdir, head);
    if (!pathWithin(path, TASK_ROOT2) || this.a.opaqueWrites.some((i) => i.keyword !== "COPY")) return false;
    for (const i of this.a.lineage.flatMap((s) => s.instructions)) {
      if (!i.copy) continue;
      const raw = i.copy.dest;
      if (raw.includes("$")) return false;
      const dest = raw.startsWith("/") ? posix5.normalize(raw) : posix5.join(i.workdir, raw);
      if (dest === path || pathWithin(path, dest)) return false;
    }
    const note = head.startsWith("/") ? "" : ` (the relative path resolves against the working directory ${workdir}${this.t.workdir ? "" : ", the AWS base image's"})`;
    this.ctx.report({ messageId: "programNotPlaced", data: { what, entrypoint: shown, path, note }, at });
    return true;
  }
  /** A wrapper script: fine when it visibly execs a runtime, unverified when its content is not visible. */
  script(launch, at, what, shown) {
    const s = launch.script;
    if (!s || s.content === void 0) {
      this.ctx.report({ messageId: "unverified", data: { what: `the script ${s?.path ?? launch.argv[0]}`, reason: "its content is not visible in the Dockerfile or the build context", expected: this.expected }, at });
      return;
    }
    if (s.launches.some((l) => OK_KINDS.has(l.kind) || l.kind === "rie" && l.inner && OK_KINDS.has(l.inner.kind) || l.kind === "script" && l.ric !== void 0)) {
      this.relativePath(launch, at);
      return;
    }
    if (s.unseen) {
      this.ctx.report({ messageId: "unverified", data: { what: `${what} ${shown} (script ${s.path})`, reason: `it runs ${s.unseen}, whose content is not visible in the Dockerfile or the build context`, expected: this.expected }, at });
      return;
    }
    const id = this.kind.kind === "aws" ? "notRuntime" : "notLaunching";
    this.ctx.report({ messageId: id, data: { entrypoint: `${shown} (${/\.jar$/i.test(s.path) ? "the jar" : "script"} ${s.path})`, example: this.handlerExample(), what, ric: this.ricLabel, expected: this.expected }, at });
  }
  /** The emulator run without the AWS_LAMBDA_RUNTIME_API guard (directly, or by the entry script). */
  rieUnconditional(launch, at, where) {
    if (launch.kind === "rie") {
      const program = launch.argv[0] ?? "aws-lambda-rie";
      const rie = RIE_BINARIES.includes(program.slice(program.lastIndexOf("/") + 1)) ? program : `${program}, which a RUN makes the emulator`;
      this.ctx.report({ messageId: "rieUnconditional", data: { where, rie }, at });
      return true;
    }
    if (launch.script?.content !== void 0 && launch.script.rie && !launch.script.guarded) {
      this.ctx.report({ messageId: "rieUnconditional", data: { where: `The entry script ${launch.script.path}`, rie: "aws-lambda-rie" }, at });
      return true;
    }
    return false;
  }
  /** A relative program path, unless the Dockerfile sets the working directory and puts the program there. */
  relativePath(launch, at) {
    const head = launch.argv[0] ?? "";
    if (!head.includes("/") || head.startsWith("/") || head.includes("$")) return;
    const abs = `${this.workdir.replace(/\/$/, "")}/${head.replace(/^\.\//, "")}`;
    if (this.t.workdir !== void 0 && this.places(abs)) return;
    this.ctx.report({ messageId: "relativePath", data: { path: head, workdir: this.workdir, json: json([abs, ...launch.argv.slice(1)]) }, at });
  }
  /** Does a COPY of the shipped stages put a file at `abs`? */
  places(abs) {
    const a = this.a;
    if (a.files.some((f) => f.path === abs)) return true;
    const into = (dest, src) => `${dest.replace(/\/?$/, "/")}${src.split("/").pop()}` === abs;
    return a.lineage.some((s) => s.instructions.some((i) => i.copy && (i.copy.dest === abs || (i.copy.dest.endsWith("/") || a.knownDirs.has(i.copy.dest)) && i.copy.sources.some((src) => into(i.copy.dest, src)))));
  }
};

// rules/LL103-handler-invalid.ts
import { basename as basename4, posix as posix6 } from "node:path";
function noCmd(deploy) {
  return deploy ? { deployNote: " and the function's image configuration sets no Command", unless: ", so every invocation fails", severity: "error" } : { deployNote: "", unless: " from the image; unless the function's ImageConfig.Command sets one (the Dockerfile alone cannot show it), every invocation fails", severity: "warning" };
}
var EXIT_142 = 'it exits with code 142 ("entrypoint requires the handler name to be the first argument", Runtime.ExitError)';
var IMPORT_ERROR = {
  python: (m) => `Runtime.ImportModuleError: Unable to import module '${m}'`,
  nodejs: (m) => `Runtime.ImportModuleError: Error: Cannot find module '${m}'`,
  ruby: (m) => `LoadError: cannot load such file -- ${m}`
};
function json2(argv) {
  return JSON.stringify(argv).replace(/","/g, '", "');
}
var globRe = (path) => globToRegExp(path);
function copiesAnything(df, lineage) {
  const stages = new Set(lineage);
  const dests = df.instructions.filter((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.stage !== void 0 && stages.has(i.stage)).map((i) => i.copy ? expand(i.copy.dest, i.scope).value : "");
  if (dests.length === 0) return false;
  return !(dests.some((d) => pathWithin(d, "/var/lang")) && dests.every((d) => RUNTIME_DIRS.some((r) => pathWithin(d, r))));
}
var RUNTIME_DIRS = ["/var/runtime", "/var/lang", "/opt"];
var messages2 = {
  missingCmd: {
    // A warning from the Dockerfile alone: the function's ImageConfig.Command may set the handler, and the
    // tool cannot see it here (unknown is never an error). An error when a deploy configuration was read
    // (it would have set CMD) and sets none.
    text: "There is no CMD{{deployNote}}, so {{launcher}} gets no handler{{unless}}: {{consequence}}.",
    severity: "warning",
    fix: 'Add CMD ["{{example}}"] to the Dockerfile, or set ImageConfig.Command on the function (AWS takes the handler from either); lint the deploy configuration to have it checked.'
  },
  shellCmd: {
    text: "CMD in shell form reaches {{launcher}} as {{argv}}: {{consequence}}.",
    severity: "error",
    fix: "Write CMD in exec form: CMD {{fixed}}."
  },
  notOneElement: {
    text: "CMD {{cmd}} passes {{count}} arguments to /lambda-entrypoint.sh, which takes exactly one (the handler): {{consequence}}.",
    severity: "error",
    fix: "{{fix}}"
  },
  handlerVariable: {
    text: 'The handler "{{handler}}" holds {{variable}}, which the exec (JSON) form of {{keyword}} does not expand (no shell runs it): the runtime receives it as written, cannot load it, and every invocation fails.',
    severity: "error",
    fix: "{{fix}}"
  },
  badFormat: {
    text: 'Handler "{{handler}}" is not of the {{family}} form {{form}}: {{reason}} ({{error}}).',
    severity: "error",
    fix: 'Use the form {{form}}, e.g. "{{example}}".'
  },
  moduleMissingInImage: {
    evidence: "image",
    text: 'Handler "{{handler}}" (from {{source}}) needs {{files}} in {{root}}, but the image has none of them; every invocation fails with {{error}}.',
    severity: "error",
    fix: "COPY {{file}} into {{root}}, or correct the handler."
  },
  functionMissingInImage: {
    evidence: "image",
    text: 'Handler "{{handler}}": {{path}} does not define {{fn}} ({{looked}}); every invocation fails with {{error}}.',
    severity: "error",
    fix: "Define {{fn}} in {{path}} (or export it), or correct the handler name."
  },
  handlerIsWebApp: {
    text: 'Handler "{{handler}}": {{fn}} in {{path}} is a {{framework}} application ({{kind}}), not a Lambda handler: Lambda calls it with (event, context), which {{kindA}} application does not take, and every invocation fails with a TypeError.',
    severity: "error",
    fix: "{{fix}}"
  },
  commonJsInEsm: {
    text: 'Handler "{{handler}}": Node.js loads {{path}} as an ES module ({{why}}), but it is written as CommonJS (exports.x = ..., module.exports, require(...)): none of them exists there, so the function fails to load ("ReferenceError: exports is not defined in ES module scope", or module, or require).',
    severity: "error",
    fix: 'Compile or write it as an ES module (export const handler = ...), or make Node.js load it as CommonJS: a .cjs (or .js without "type": "module") file.'
  },
  functionMissing: {
    text: 'Handler "{{handler}}": {{path}} does not define {{fn}} ({{looked}}); every invocation fails with {{error}}.',
    severity: "error",
    fix: "Name the function the module defines in the handler, or define {{fn}} in {{path}}."
  },
  moduleNotCopied: {
    text: 'Handler "{{handler}}" needs {{files}} in {{root}}, but no COPY puts it in the image; every invocation fails with {{error}}.{{judged}}',
    severity: "error",
    fix: "COPY {{file}} into {{root}}, or correct the handler."
  },
  folderFlattened: {
    text: `Handler "{{handler}}" loads {{files}} from {{root}}, but the COPY at line {{line}} puts what is inside {{folder}}/ into {{root}} (Docker copies a folder's contents, not the folder) and no COPY creates {{root}}/{{folder}}; every invocation fails with {{error}}. Judged from the names in the Dockerfile: if {{folder}}/ holds a {{folder}} folder of its own, ignore this.`,
    severity: "warning",
    fix: 'Name the module where it lands ("{{suggest}}"), or copy the folder to its own name (COPY {{folder}}/ {{root}}/{{folder}}/).'
  },
  moduleElsewhere: {
    text: 'Handler "{{handler}}" loads {{files}} from {{root}}, but the COPY at line {{line}} puts the module at {{found}}; every invocation fails with {{error}}.{{judged}}',
    severity: "error",
    fix: 'Name the module where it is in the handler ("{{suggest}}"), or copy it to {{root}}/{{file}}.'
  }
};
var LL103_handler_invalid_default = defineRule({
  code: "LL103",
  name: "handler-invalid",
  severity: "error",
  since: "0.1.0",
  sameAs: ["hadolint DL3025", "BuildKit JSONArgsRecommended"],
  needs: { facts: ["lineage", "lambda"], dockerfile: true, context: true, history: false, image: { bodies: [HANDLER_BODY_NEED] } },
  docs: {
    what: "Checks that CMD fits the entrypoint that receives it. With the AWS base entrypoint (/lambda-entrypoint.sh), CMD must exist, be in exec form and hold exactly one string: the handler. With a runtime interface client as ENTRYPOINT, the first argument after it (or CMD) is the handler. A handler that names a web framework's application object (`app = FastAPI()` or `Flask(...)`: an ASGI or WSGI application, not a function of (event, context)) is an error, with the module's own adapter (`handler = Mangum(app)`) as the fix when it has one. A handler written with a variable (`CMD [\"${HANDLER}\"]`) is an error: the exec form expands none, so the runtime receives the variable's name. The handler must have the runtime's form: Python `module.function` (dots or slashes in the module), Node.js `file.export` (no `..`), Java `pkg.Class::method` or `pkg.Class`, .NET `Assembly::Namespace.Class::Method`, Ruby `file.method` or `file.Class.method`; provided / Rust need no handler form, and on the go1.x base the handler is the name of the executable (not a .go source file). When the build context is readable, the handler's module (module.py, package/__init__.py, file.js/.mjs/.cjs, file.rb) must be copied into the image, and define the function (bundler output whose exports are made at run time is left unjudged); a Node.js module that Node.js loads as an ES module (.mjs, or .js under a package.json with \"type\": \"module\") must not export the CommonJS way (`exports.handler = ...` there throws \"exports is not defined in ES module scope\"); without the context this is judged, as a warning, only on an AWS base: when every source the Dockerfile copies names a file and no wildcard could match the module; when no COPY can land the module where the runtime loads it, judged by where each COPY lands (`COPY src/ ${LAMBDA_TASK_ROOT}/src/` cannot give /var/task/app.py; PYTHONPATH folders count); or when the handler names a folder (`src/index.handler`) whose contents a COPY flattens into the task root (`COPY src/* .`: Docker copies a folder's contents, not the folder) and no COPY creates that folder. On a custom base the runtime family comes from the client that ENTRYPOINT launches. A missing CMD is a warning when the Dockerfile is linted alone, because AWS takes the handler from the Dockerfile's CMD or from the function's ImageConfig.Command, which the Dockerfile cannot show; it is an error when a deploy configuration is linted and sets no Command either. An AWS-based Dockerfile that copies nothing into the image, or only into the runtime's folders (/var/runtime, /var/lang, /opt) with a language runtime in /var/lang, and has no CMD is a base image meant for other Dockerfiles (they add the code and the CMD) and is not reported.",
    why: '/lambda-entrypoint.sh checks `$# -ne 1` and exits with code 142 ("entrypoint requires the handler name to be the first argument") when CMD is missing, in shell form (which becomes `/bin/sh -c ...`, three arguments) or has several elements: Lambda shows `Runtime exited with error: exit status 142`. A malformed handler fails every invocation with `Runtime.MalformedHandlerName` (Python, Node.js; a file name such as `app.py` or `index.js` splits into a module and a function named after the extension: `Runtime.HandlerNotFound`), `Class not found` (Java) or `ArgumentError: Invalid handler` (Ruby); a handler whose module is not in the image fails with `Runtime.ImportModuleError: Unable to import module`.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["python", "app.py"]\n',
      context: PYTHON_HANDLER
    },
    good: AWS_PYTHON_GOOD,
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-parms.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/python-handler.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/java-handler.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/csharp-handler.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/ruby-handler.html"
    ]
  },
  messages: messages2,
  create(ctx) {
    if (overrideUnresolved(ctx.deploy, "command", "entryPoint", "workingDirectory")) return {};
    return {
      image() {
        checkImageHandler(ctx, ctx.facts.lambda.image);
      },
      end() {
        const t = ctx.target;
        const a = ctx.facts.lambda.dockerfile;
        if (!t || !a || t.base.kind.kind === "lambda-ready") return;
        const clientInBase = a.clientMissing && t.base.kind.kind === "other" && t.base.kind.os === void 0 && t.entrypoint?.value.exec !== void 0 && a.classify(t.entrypoint.value.exec).kind === "ric";
        if (a.clientMissing && !clientInBase) return;
        const h = handlerOf(ctx, t, a);
        if (!h || !h.family || !h.handler) return;
        if (h.handler.includes("$")) return void handlerVariable(ctx, t, h);
        if (t.base.kind.kind === "aws" && t.base.kind.family === "go") {
          const reason2 = GO1X_HANDLER.check(h.handler);
          if (reason2) ctx.report({ messageId: "badFormat", data: { handler: h.handler, family: "go1.x", form: GO1X_HANDLER.form, reason: reason2, error: GO1X_HANDLER.error, example: GO1X_HANDLER.example }, at: h.at });
          return;
        }
        const fmt = HANDLER_FORMATS[h.family];
        if (!fmt) return;
        const reason = fmt.check(h.handler);
        if (reason) {
          ctx.report({ messageId: "badFormat", data: { handler: h.handler, family: h.family, form: fmt.form, reason, error: fmt.errorFor?.(h.handler) ?? fmt.error, example: fmt.example }, at: h.at });
          return;
        }
        if (ctx.mode === "image" && ctx.image) return;
        checkModuleCopied(ctx, a, h, clientInBase);
      }
    };
  }
});
function shellCmdData(cmd, launcher, consequence, example) {
  const shell = cmd.value.shell ?? "";
  const meant = cmd.from?.jsonInvalid ? intendedExec(shell) : void 0;
  const invalidJson = cmd.from?.jsonInvalid ? `it is not valid JSON (${meant?.problem ?? "it is not valid JSON"}), so Docker treats it as shell form: ` : "";
  const handler = /^[\w./:-]+$/.test(shell) ? shell : meant?.words.length === 1 ? meant.words[0] : example;
  return { launcher, argv: json2(["/bin/sh", "-c", shell]), consequence: `${invalidJson}${consequence}`, fixed: json2([handler]) };
}
function handlerOf(ctx, t, a) {
  const kind = t.base.kind;
  const ep = t.entrypoint?.value;
  const baseMode = kind.kind === "aws" && (!t.entrypoint?.from || ep?.exec?.length === 1 && ep.exec[0] === BASE_ENTRYPOINT);
  const ownRuntime = a.evidence.some((e) => e.path === "/var/runtime/bootstrap" && (e.compiled || e.ric === "bootstrap"));
  if (baseMode) return baseHandler(ctx, t, kind.family === "go" || ownRuntime ? "provided" : kind.family);
  if (t.entrypoint?.from && ep?.exec) return clientHandler(ctx, t, t.entrypoint.from, a.classify(ep.exec));
  return void 0;
}
function baseHandler(ctx, t, family) {
  const cmd = t.cmd;
  const example = HANDLER_FORMATS[family]?.example ?? "function.handler";
  if (!cmd) {
    if (!ctx.deploy && !copiesAnything(ctx.df, ctx.facts.lineage)) return void 0;
    const { severity, ...words } = noCmd(Boolean(ctx.deploy));
    ctx.report({ messageId: "missingCmd", data: { launcher: BASE_ENTRYPOINT, consequence: EXIT_142, example, ...words }, severity, at: t.fromInstruction });
    return void 0;
  }
  const at = cmd.from ?? t.fromInstruction;
  if (cmd.value.shell !== void 0) {
    ctx.report({ messageId: "shellCmd", data: shellCmdData(cmd, BASE_ENTRYPOINT, `three arguments instead of one, so ${EXIT_142}`, example), at });
    return void 0;
  }
  const exec = cmd.value.exec ?? [];
  if (exec.length !== 1) {
    const adapter = ctx.facts.lambda.dockerfile?.evidence.some((e) => e.ric === "web-adapter");
    const fix = adapter ? `The image runs the Lambda Web Adapter: start the web app from ENTRYPOINT instead, ENTRYPOINT ${json2(exec)} with CMD [].` : `Keep only the handler, e.g. CMD ["${example}"]; to run another program, override ENTRYPOINT instead.`;
    ctx.report({ messageId: "notOneElement", data: { cmd: json2(exec), count: exec.length, consequence: EXIT_142, fix }, at });
    return void 0;
  }
  return { family, handler: exec[0], at, root: "/var/task" };
}
function clientHandler(ctx, t, epIns, outer) {
  const launch = outer.kind === "rie" && outer.inner?.kind === "ric" ? outer.inner : outer;
  const ric = launch.ric ?? launch.inner?.ric;
  if (!ric || launch.kind !== "ric" && launch.kind !== "script") return void 0;
  const spec = ricById(ric);
  const family = spec.handlerFamily;
  const root = t.workdir?.value ?? "/";
  const cmd = t.cmd;
  const example = HANDLER_FORMATS[family]?.example ?? "function.handler";
  if (launch.kind === "ric" && launch.handlerIndex !== void 0 && launch.argv.length > launch.handlerIndex) return { family, handler: launch.argv[launch.handlerIndex], at: epIns, root };
  if (cmd?.value.shell !== void 0) {
    ctx.report({ messageId: "shellCmd", data: shellCmdData(cmd, spec.label, 'the client takes "/bin/sh" as the handler', example), at: cmd.from ?? epIns });
    return void 0;
  }
  if (cmd?.value.exec?.length) return { family, handler: cmd.value.exec[0], at: cmd.from ?? epIns, root };
  if (launch.kind === "ric" && ric !== "dotnet" && spec.handlerFamily !== "provided") {
    const consequence = spec.handlerFromArgv ? 'it reads the handler from its first argument and fails with "Handler not set"' : "Lambda sets _HANDLER from CMD, so the client starts with no handler to load";
    ctx.report({ messageId: "missingCmd", data: { launcher: spec.label, consequence, example, ...noCmd(Boolean(ctx.deploy)) }, severity: noCmd(Boolean(ctx.deploy)).severity, at: epIns });
  }
  return void 0;
}
function checkModuleCopied(ctx, a, h, copiedOnly = false) {
  const { family, handler, root, at } = h;
  const fmt = HANDLER_FORMATS[family];
  const context = ctx.context;
  if (context?.truncated || !fmt.moduleFiles || a.opaqueWrites.length > 0) return;
  const rels = fmt.moduleFiles(handler);
  if (!rels?.length) return;
  if (!context && !namedOnlyShows(a, rels)) {
    if (checkFolderFlattened(ctx, a, h, rels) || !noCopyCanLand(a, root, rels)) return;
  }
  const roots = [root, ...family === "python" ? envPathList(a.target, "PYTHONPATH") : []];
  const wanted = roots.flatMap((r0) => rels.map((r) => globRe(posix6.join(r0, r))));
  const module = a.files.filter((f) => wanted.some((re) => re.test(f.path)));
  if (module.length === 0 && copiedOnly) return;
  if (module.length > 0) {
    if (!context) return;
    const f = module[module.length - 1];
    const text = f.contextPath && /\.(py|js|mjs|cjs|rb)$/.test(f.path) && module.length === 1 ? context.read(f.contextPath, 1 << 20) : void 0;
    if (text === void 0) return;
    if (family === "nodejs" && loadsAsEsm(a, f.path, context) && ctx.facts.lambda.commonJsInEsm(text)) {
      ctx.report({ messageId: "commonJsInEsm", data: { handler, path: f.contextPath, why: f.path.endsWith(".mjs") ? "its name ends in .mjs" : 'the nearest package.json says "type": "module"' }, at });
      return;
    }
    const verdict = ctx.facts.lambda.functionDefined(family, handler, text, false);
    if (verdict.defined === false) ctx.report({ messageId: "functionMissing", data: { handler, path: f.contextPath, fn: verdict.fn, looked: verdict.looked, error: verdict.error }, at });
    if (verdict.webApp) ctx.report({ messageId: "handlerIsWebApp", data: webAppData(handler, verdict.fn, f.contextPath, verdict.webApp), at });
    return;
  }
  const severity = context ? void 0 : "warning";
  const judged = context ? "" : " Judged from the names in the Dockerfile (the build context was not read): if a source named like a file is a folder holding the module, ignore this.";
  const tails = rels.map((r) => {
    const parts = r.split("/");
    const n = parts[parts.length - 1] === "__init__.py" ? 2 : 1;
    return { n, re: globRe(parts.slice(-n).join("/")) };
  });
  const sameName = a.files.filter((f) => tails.some(({ n, re }) => re.test(f.path.split("/").slice(-n).join("/"))));
  const moduleName = rels[0].replace(/\.\w+$/, "");
  const error = IMPORT_ERROR[family]?.(moduleName) ?? fmt.error;
  const files = rels.filter((r) => !r.includes("*") && !r.endsWith(".pyc") && /\./.test(basename4(r))).join(" or ");
  const inRoot = sameName.find((f) => pathWithin(f.path, root));
  if (inRoot) {
    const fn = handler.slice(handler.lastIndexOf(".") + 1);
    const suggest = `${posix6.relative(root, inRoot.path).replace(/\.\w+$/, "")}.${fn}`;
    ctx.report({ messageId: "moduleElsewhere", data: { handler, files, root, error, found: inRoot.path, line: String(inRoot.ins.span.line), suggest, judged, file: rels.find((r) => /\.\w+$/.test(r)) ?? rels[0] }, at, severity });
    return;
  }
  if (sameName.length > 0) return;
  ctx.report({ messageId: "moduleNotCopied", data: { handler, files, root, error, judged, file: rels.find((r) => /\.\w+$/.test(r)) ?? rels[0] }, at, severity });
}
var MODULE_FILE = /\.(py|pyc|js|mjs|cjs|ts|rb|jar|class|dll|so)$/;
function loadsAsEsm(a, path, context) {
  if (path.endsWith(".mjs")) return true;
  if (!path.endsWith(".js")) return false;
  for (let dir = posix6.dirname(path); ; dir = posix6.dirname(dir)) {
    const pkg = a.files.filter((f) => f.path === posix6.join(dir, "package.json")).pop();
    if (pkg) {
      const text = pkg.contextPath ? context.read(pkg.contextPath, 1 << 20) : void 0;
      if (text === void 0) return false;
      try {
        return JSON.parse(text).type === "module";
      } catch {
        return false;
      }
    }
    if (dir === "/" || dir === ".") return false;
  }
}
function checkFolderFlattened(ctx, a, h, rels) {
  const bottom = a.lineage[a.lineage.length - 1] ?? a.target;
  const folder = rels[0].split("/")[0];
  if (bottom.base.kind.kind !== "aws" || !rels.every((r) => r.includes("/") && r.split("/")[0] === folder) || /[*?[]/.test(folder)) return false;
  const target = posix6.join(h.root, folder);
  let flattened;
  for (const s of a.lineage) {
    for (const ins of s.instructions) {
      const copy = ins.copy;
      if (!copy || copy.from !== void 0) continue;
      if (copy.dest.includes("$") || copy.sources.some((src) => src.includes("$"))) return false;
      const dest = copy.dest.replace(/\/+$/, "") || "/";
      if (pathWithin(dest, target)) return false;
      if (!pathWithin(target, dest)) continue;
      for (const src of copy.sources) {
        const path = contextPath(src);
        const named = !/[*?[]/.test(path) && /\.\w+$/.test(basename4(path));
        const inside = path === folder || posix6.dirname(path) === folder && /[*?[]/.test(basename4(path));
        if (named) continue;
        if (!inside) return false;
        if (dest === h.root) flattened ??= ins;
      }
    }
  }
  if (!flattened) return false;
  const { handler, at, family } = h;
  const moduleName = rels[0].replace(/\.\w+$/, "");
  const error = IMPORT_ERROR[family]?.(moduleName) ?? HANDLER_FORMATS[family].error;
  const files = rels.filter((r) => !r.includes("*") && !r.endsWith(".pyc") && /\./.test(basename4(r))).join(" or ");
  const sep = handler.includes("/") ? "/" : ".";
  const suggest = handler.slice(handler.indexOf(sep) + 1);
  ctx.report({ messageId: "folderFlattened", data: { handler, files, root: h.root, folder, line: String(flattened.span.line), error, suggest }, at, severity: "warning" });
  return true;
}
function noCopyCanLand(a, root, rels) {
  const bottom = a.lineage[a.lineage.length - 1] ?? a.target;
  if (bottom.base.kind.kind !== "aws") return false;
  const extra = ["PYTHONPATH", "NODE_PATH", "RUBYLIB"].flatMap((v) => (a.target.env.get(v)?.value ?? "").split(":")).filter(Boolean);
  if (extra.some((d) => d.includes("$"))) return false;
  const roots = [root, ...extra];
  const wanted = rels.filter((r) => !r.includes("*")).flatMap((r) => roots.map((d) => posix6.join(d, r)));
  let copies = 0;
  for (const s of a.lineage) {
    for (const ins of s.instructions) {
      const copy = ins.copy;
      if (!copy) continue;
      if (copy.from !== void 0 || copy.heredocs.length > 0 || copy.dest.includes("$") || copy.sources.some((src) => src.includes("$"))) return false;
      copies++;
      const dest = copy.dest.replace(/\/+$/, "") || "/";
      const destIsDir = copy.dest.endsWith("/") || copy.sources.length > 1 || a.knownDirs.has(dest);
      for (const src of copy.sources) {
        const path = contextPath(src);
        const named = path !== "" && !/[*?[]/.test(path) && /\.\w+$/.test(basename4(path));
        if (!pathWithin(dest, root) && (!named || MODULE_FILE.test(path))) return false;
        if (!named && dest !== root && pathWithin(dest, root)) return false;
        const lands = named ? copy.parents ? parentsLanding(src, path.replace(/\/\.\//, "/"), dest) : destIsDir ? posix6.join(dest, basename4(path)) : dest : void 0;
        if (lands !== void 0 ? wanted.includes(lands) : wanted.some((w) => pathWithin(w, dest) && w !== dest)) return false;
      }
    }
  }
  return copies > 0;
}
function namedOnlyShows(a, rels) {
  const bottom = a.lineage[a.lineage.length - 1] ?? a.target;
  if (bottom.base.kind.kind !== "aws" || !a.namedOnly) return false;
  const names = rels.map((r) => basename4(r));
  return !a.namedOnly.some((p) => names.some((n) => globRe(p).test(n) || globRe(n).test(p)));
}
function handlerVariable(ctx, t, h) {
  const written = envWritten(t, h.handler);
  if (!written || ctx.deploy?.imageConfig?.command || h.at.keyword !== "CMD" && h.at.keyword !== "ENTRYPOINT") return;
  const argv = (h.at.keyword === "CMD" ? t.cmd?.value.exec : t.entrypoint?.value.exec) ?? [h.handler];
  const fix = !written.known || written.value === "" ? `Write the handler out in ${h.at.keyword} (e.g. "${HANDLER_FORMATS[h.family]?.example ?? "app.handler"}"), or set it with ImageConfig.Command in the function's configuration.` : `Write the handler out: ${h.at.keyword} ${json2(argv.map((w) => w === h.handler ? written.value : w))}.`;
  ctx.report({ messageId: "handlerVariable", data: { handler: h.handler, variable: `$${written.variable}`, keyword: h.at.keyword, fix }, at: h.at });
}
function webAppData(handler, fn, path, app) {
  const module = handler.slice(0, handler.lastIndexOf("."));
  const fix = app.adapter ? `Point the handler at the module's adapter: "${module}.${app.adapter}" (CMD or ImageConfig.Command).` : app.kind === "ASGI" ? `Wrap the application with Mangum (pip install mangum): handler = Mangum(${fn}) in ${path}, and use the handler "${module}.handler"; or run it as a web app with the Lambda Web Adapter.` : `Wrap the application with apig-wsgi (pip install apig-wsgi): handler = make_lambda_handler(${fn}) in ${path}, and use the handler "${module}.handler"; or run it as a web app with the Lambda Web Adapter.`;
  return { handler, fn, path, framework: app.framework, kind: app.kind, kindA: app.kind === "ASGI" ? "an ASGI" : "a WSGI", fix };
}
function checkImageHandler(ctx, c) {
  const h = c.handler;
  if (!h || h.value.includes("$")) return;
  const fmt = HANDLER_FORMATS[h.family];
  if (!fmt || fmt.check(h.value)) return;
  const found = c.handlerModule(h.family, h.value, h.root, c.baseMode);
  if (found.kind === "unknown") return;
  if (found.kind === "missing") {
    if (found.elsewhere) return;
    ctx.report({ messageId: "moduleMissingInImage", data: { handler: h.value, source: h.source, files: found.wanted.join(" or "), root: h.root, error: found.error, file: found.wanted[0] }, source: "image-config" });
    return;
  }
  if (!found.path) return;
  const body = ctx.image.body(found.path);
  if (!body) return;
  const verdict = ctx.facts.lambda.functionDefined(h.family, h.value, body.data.toString("utf8"), body.truncated);
  if (verdict.webApp) ctx.report({ messageId: "handlerIsWebApp", data: webAppData(h.value, verdict.fn, found.path, verdict.webApp), source: "image-layer", layer: found.layer });
  if (verdict.defined !== false) return;
  ctx.report({ messageId: "functionMissingInImage", data: { handler: h.value, path: found.path, fn: verdict.fn, looked: verdict.looked, error: verdict.error }, source: "image-layer", layer: found.layer });
}

// rules/LL104-workdir-not-task-root.ts
import { basename as basename5, posix as posix7 } from "node:path";
var TASK_ROOT3 = "/var/task";
var VAR = "LAMBDA_TASK_ROOT";
var CODE = /\.(py|pyc|js|mjs|cjs|rb|jar|class|dll|so)$/;
var CODE_DIR = /^(\.\/)?(src|app|lib|dist|build|function|functions|handler|handlers|lambda)\/?$/;
var ELSEWHERE_OK = ["/var/runtime", "/var/lang", "/etc", "/tmp", "/bin", "/lib", "/lib64", "/sbin", "/root", "/home"];
var HOME_DIRS = ["/root", "/home"];
var DEPENDENCY_DIRS = [
  "/opt/extensions",
  "/opt/python",
  "/opt/nodejs",
  "/opt/java",
  "/opt/ruby",
  "/opt/lib",
  "/opt/bin",
  "/opt/share",
  "/opt/etc",
  "/usr/lib",
  "/usr/lib64",
  "/usr/libexec",
  "/usr/local/lib",
  "/usr/local/lib64",
  "/usr/bin",
  "/usr/sbin",
  "/usr/local/bin",
  "/usr/local/sbin",
  "/usr/share",
  "/usr/local/share",
  "/usr/include",
  "/usr/local/include"
];
var PATH_ENV = { python: "PYTHONPATH", nodejs: "NODE_PATH", ruby: "RUBYLIB" };
function intoTaskRoot(ins) {
  const spec = ins.copy;
  const flags = ins.flags.map((f) => f.value === void 0 ? `--${f.name}` : `--${f.name}=${f.value}`);
  const sources = spec.sources.length ? spec.sources : spec.heredocs.map((h) => `<<${h.name}`);
  const quote2 = (w) => /\s/.test(w) ? JSON.stringify(w) : w;
  const dest = spec.dest.replace(/\/+$/, "") || "/";
  let rel = "";
  if (ins.workdir !== "/" && pathWithin(dest, ins.workdir) && dest !== ins.workdir) rel = dest.slice(ins.workdir.replace(/\/+$/, "").length + 1);
  else if (dest !== ins.workdir && sources.length === 1 && !/\.\w+$/.test(sources[0]) && basename5(sources[0].replace(/\/+$/, "")) === basename5(dest)) rel = basename5(dest);
  const target = rel ? `\${LAMBDA_TASK_ROOT}/${rel}${spec.dest.endsWith("/") ? "/" : ""}` : "${LAMBDA_TASK_ROOT}/";
  return [ins.keyword, ...flags, ...sources.map(quote2), target].join(" ");
}
var messages3 = {
  outsideTaskRoot: {
    text: "{{what}} is copied to {{dest}}{{because}}, but the runtime of the AWS base image loads code from /var/task; invocations fail with {{error}}.",
    severity: "error",
    fix: "Copy the code into ${LAMBDA_TASK_ROOT} ({{copy}}), or keep WORKDIR /var/task."
  },
  outsideTaskRootNoCmd: {
    text: "{{what}} is copied to {{dest}}{{because}}, but the Node.js runtime of the AWS base image loads code from /var/task, and there is no CMD to show the handler: unless the function's ImageConfig.Command names it by an absolute path (`{{folder}}/index.handler`), invocations fail with {{error}}.",
    severity: "warning",
    fix: 'Copy the code into ${LAMBDA_TASK_ROOT} ({{copy}}), or give the handler by its absolute path (CMD ["{{folder}}/index.handler"] or ImageConfig.Command).'
  },
  codeOutsideWorkdir: {
    text: "The handler's module {{file}} is copied to {{dest}}, but the working directory is {{workdir}}{{why}}; the runtime interface client loads code from the working directory.",
    severity: "error",
    fix: "Set WORKDIR {{dir}} (the function directory) before ENTRYPOINT, or copy the code into {{workdir}}."
  },
  venvInstall: {
    text: "`{{command}}` installs into a virtual environment ({{where}}); the Python of the AWS base image (/var/lang/bin/python) does not search it: importing these packages fails with Runtime.ImportModuleError.",
    severity: "warning",
    fix: "Install into the task root instead: {{instead}}, or set ENV PYTHONPATH to the environment's site-packages."
  },
  userInstall: {
    text: "`{{command}}` installs into the build user's home ({{where}}){{how}}; Lambda runs the function as another user, whose Python does not look there: importing these packages fails with Runtime.ImportModuleError.",
    severity: "warning",
    fix: `Install where the function's Python looks, without --user: as root (before USER), or into the function's folder: pip install -r requirements.txt --target "\${LAMBDA_TASK_ROOT}" on an AWS base image, --target <the WORKDIR> on others.`
  },
  codeInSubfolder: {
    text: 'This COPY puts {{what}} in {{dest}}, a folder inside /var/task, but handler "{{handler}}" loads {{files}} from /var/task itself: the code lands one folder down and every invocation fails with {{error}}. Judged from the names in the Dockerfile{{unless}}.',
    severity: "warning",
    fix: 'Copy the code into the task root (COPY <folder>/ ${LAMBDA_TASK_ROOT}/), or name the module by its path under /var/task in the handler ("{{folder}}/<module>.<function>").'
  },
  jarAtTaskRoot: {
    text: '{{jar}} lands in /var/task as a jar file, but the Java runtime loads classes from the /var/task folder itself and jars only from /var/task/lib (and /opt/lib): a handler class inside that jar is not found ("Class not found").',
    severity: "warning",
    fix: "{{fix}}"
  },
  dependencyJarsAtTaskRoot: {
    text: "{{source}} puts jar files ({{jars}}) at the top of /var/task, beside the classes copied at line {{classesLine}}: the Java runtime puts only the jars in /var/task/lib (and /opt/lib) on the classpath, so the classes in these jars are not found (NoClassDefFoundError).",
    severity: "warning",
    fix: "Copy the dependency jars into the lib folder, as AWS shows: COPY {{from}}{{source}} ${LAMBDA_TASK_ROOT}/lib/"
  },
  taskRootUndefined: {
    text: "${LAMBDA_TASK_ROOT} is not defined on {{image}} (only AWS base images set it), so in this {{keyword}} it expands to an empty string{{effect}}.",
    severity: "error",
    fix: "Use a literal directory (e.g. /function, with WORKDIR set to it), or define it first with ARG/ENV LAMBDA_TASK_ROOT=/var/task."
  },
  imageWorkdirNotTaskRoot: {
    evidence: "image",
    text: "The config WorkingDir is {{workdir}}, not /var/task, on an AWS base image: {{consequence}}.",
    severity: "warning",
    fix: "Remove the WORKDIR override (the base sets /var/task) or set WORKDIR /var/task, and copy the code to ${LAMBDA_TASK_ROOT}."
  },
  imageCodeOutsideRoot: {
    evidence: "image",
    text: "The handler's module {{file}} is in {{dir}}, but {{reader}} loads code from {{root}}{{note}}; every invocation fails with {{error}}.",
    severity: "error",
    fix: "{{fixText}}"
  },
  relativeWorkdirResolved: {
    text: "WORKDIR {{dir}} is relative: it resolves to {{resolved}} only because of the WORKDIR before it, and moves when that one changes.",
    severity: "warning",
    fix: "Use the absolute path: WORKDIR {{resolved}}."
  },
  relativeWorkdir: {
    text: "WORKDIR {{dir}} is relative and no absolute WORKDIR precedes it, so it resolves against the working directory of {{image}}, which this Dockerfile does not show.",
    severity: "warning",
    fix: "Use an absolute path: WORKDIR /{{dir}}."
  }
};
var LL104_workdir_not_task_root_default = defineRule({
  code: "LL104",
  name: "workdir-not-task-root",
  severity: "error",
  since: "0.1.0",
  sameAs: ["hadolint DL3000", "BuildKit WorkdirRelativePath", "trivy DS-0009"],
  needs: { facts: ["lineage", "lambda"], dockerfile: true, context: true, history: false, image: {} },
  docs: {
    what: "Checks that function code lands where the runtime loads it. On an AWS base image the runtime loads the handler from /var/task (LAMBDA_TASK_ROOT) whatever WORKDIR says, so code copied elsewhere (typically `COPY app.py .` after `WORKDIR /app`) is reported (also under /home or /root when it is the whole build context or the handler's module; settings and tools there are normal); without the build context, code copied into a folder inside /var/task (`COPY . app/`, `COPY src/ ${LAMBDA_TASK_ROOT}/src/`) while a Python or Node.js handler names a top-level module that no COPY provides is a warning; except on the Node.js base under an absolute handler folder (`CMD [\"/app/dist/index.handler\"]`), which the Node.js client resolves as written (with no CMD, where the handler of the deploy configuration may point: a warning). On the AWS Java base, a jar copied to the top of /var/task is a warning: the Java runtime puts the /var/task folder (classes) and the jars of /var/task/lib and /opt/lib on its class path, not jars beside the classes (not reported when something goes to /var/task/lib, a classes folder is copied, or a RUN unpacks a jar). On any other base the runtime interface client uses the working directory as the application root, so the handler's module must be under the final WORKDIR (for Python, or in a PYTHONPATH folder: Python imports it from sys.path; NODE_PATH does not move where the Node.js client loads the handler): a WORKDIR never set (the working directory is /), or set elsewhere than the code, is reported; /var/task is only a convention there, any directory works as long as WORKDIR points at the code. A relative WORKDIR on a non-AWS base depends on the base image's own WORKDIR (warning). `${LAMBDA_TASK_ROOT}` used on a non-AWS base is reported: only AWS base images define it, so it expands to an empty string and files land in / (only a note when / is also the final working directory, where the client loads the code). On the AWS Python base, `pip install --user` (packages in the build user's ~/.local, which the function's user does not search) is a warning unless PYTHONPATH or PYTHONUSERBASE is set; so are project installs into a virtual environment the runtime never activates (`uv sync`, `poetry install`, `pipenv install`), unless PYTHONPATH is set or the tool is told to use the system Python (UV_PROJECT_ENVIRONMENT, `poetry config virtualenvs.create false` or POETRY_VIRTUALENVS_CREATE=false, `pipenv install --system`).",
    why: "With the code outside the directory the runtime reads, the container starts and every invocation fails with `Runtime.ImportModuleError: Unable to import module 'app': No module named 'app'` (Python), `Cannot find module 'index'` (Node.js), `Class not found` (Java) or `cannot load such file` (Ruby). The awslambdaric, aws-lambda-ric, Java and Ruby clients all take the current directory (`process.cwd()`, `user.dir`, `Dir.pwd`) as the application root. On a non-AWS base, `COPY app.py ${LAMBDA_TASK_ROOT}/` copies to `/app.py` and `pip install --target ${LAMBDA_TASK_ROOT}` installs into the working directory, which is rarely what was meant.",
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nWORKDIR /app\nCOPY app.py .\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER
    },
    good: AWS_PYTHON_GOOD,
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/java-image.html",
      "https://github.com/aws/aws-lambda-java-libs/blob/main/aws-lambda-java-runtime-interface-client/src/main/java/com/amazonaws/services/lambda/runtime/api/client/CustomerClassLoader.java",
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime",
      "https://docs.aws.amazon.com/lambda/latest/dg/python-image.html#python-image-clients",
      "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client"
    ]
  },
  messages: messages3,
  create(ctx) {
    if (overrideUnresolved(ctx.deploy, "command", "workingDirectory")) return {};
    return {
      image() {
        checkImageWorkdir(ctx, ctx.facts.lambda.image);
      },
      end() {
        const t = ctx.target;
        const a = ctx.facts.lambda.dockerfile;
        if (!t || !a) return;
        checkRelativeWorkdirs(ctx, a);
        if (a.clientMissing) return;
        const emptyTaskRoot = checkTaskRootUndefined(ctx, a);
        const kind = t.base.kind;
        if (kind.kind === "lambda-ready") return;
        if (ctx.mode === "image" && ctx.image) return;
        if (a.evidence.some((e) => e.ric === "web-adapter")) return;
        const lineageIns = a.shipped;
        if (kind.kind !== "aws") {
          checkWorkdirHoldsCode(ctx, t, a, lineageIns, emptyTaskRoot);
          if (a.evidence.some((e) => e.ric === "python")) checkUserInstall(ctx, t, lineageIns);
          return;
        }
        const ep = t.entrypoint;
        const baseMode = !ep?.from || ep.value.exec?.length === 1 && ep.value.exec[0] === BASE_ENTRYPOINT;
        if (!baseMode || kind.family === "provided" || kind.family === "go") return;
        const family = kind.family;
        if (family === "java") checkJarsAtTaskRoot(ctx, lineageIns);
        if (!t.cmd && !ep?.from && lineageIns.some((i) => i.keyword === "RUN" && ctx.df.shell(i)?.commands.some((c) => commandName(c) === "zip"))) return;
        checkCodeOutsideTaskRoot(ctx, t, a, lineageIns, family);
        if (family === "python") checkUserInstall(ctx, t, lineageIns);
        if (family === "python") checkVenvInstall(ctx, t, lineageIns);
        if ((family === "python" || family === "nodejs") && !ctx.context) checkCodeInSubfolder(ctx, t, a, lineageIns, family);
      }
    };
  }
});
function checkImageWorkdir(ctx, c) {
  const h = c.handler;
  const wd = c.workingDir ? c.workdir : "";
  const shownWd = wd || "(unset, so /)";
  if (c.baseMode) {
    if (h) {
      const found2 = c.handlerModule(h.family, h.value, TASK_ROOT3, true);
      if (found2.kind === "missing" && found2.elsewhere) {
        const note2 = wd !== TASK_ROOT3 ? ` (the config WorkingDir is ${shownWd})` : "";
        ctx.report({ messageId: "imageCodeOutsideRoot", data: { file: found2.wanted[0], dir: found2.elsewhere, reader: "the AWS base runtime", root: TASK_ROOT3, note: note2, error: found2.error, fixText: `Copy the code into \${LAMBDA_TASK_ROOT} (/var/task) instead of ${found2.elsewhere}, and keep WORKDIR /var/task.` }, source: "image-config" });
        return;
      }
    }
    if (wd !== TASK_ROOT3) {
      ctx.report({ messageId: "imageWorkdirNotTaskRoot", data: { workdir: shownWd, consequence: `the runtime still loads the handler from /var/task, but relative paths in the code (open("data.json"), require("./x") from a file read at startup, the current directory of subprocesses) resolve against ${wd || "/"}` }, source: "image-config" });
    }
    return;
  }
  if (!h || c.launch.kind !== "ric") return;
  const found = c.handlerModule(h.family, h.value, c.workdir, false);
  if (found.kind !== "missing" || !found.elsewhere) return;
  const note = wd ? " (the config WorkingDir)" : " (WorkingDir is never set, so the working directory is /)";
  ctx.report({ messageId: "imageCodeOutsideRoot", data: { file: found.wanted[0], dir: found.elsewhere, reader: `the runtime interface client (${ricById(c.launch.ric).label})`, root: c.workdir, note, error: found.error, fixText: `Set WORKDIR ${found.elsewhere} (the function directory) before ENTRYPOINT, or copy the code into ${c.workdir}.` }, source: "image-config" });
}
function checkTaskRootUndefined(ctx, a) {
  const reported = /* @__PURE__ */ new Set();
  const df = ctx.df;
  const bottom = /* @__PURE__ */ new Map();
  const bottomOf = (stage) => {
    const chain = [];
    let s = stage;
    while (s.base.stage && !bottom.has(s)) {
      chain.push(s);
      s = s.base.stage;
    }
    const root = bottom.get(s) ?? s;
    for (const c of chain) bottom.set(c, root);
    return root;
  };
  for (const stage of df.stages) {
    if (!stage.reachesTarget || stage.base.kind.kind !== "other") continue;
    const copiesHarmless = !a.lineage.includes(stage) && !copiedFromTaskRoot(df, stage);
    const root = bottomOf(stage);
    const rootKind = root.base.kind;
    if (lambdaNamedRepository(root.base.ref.repository) || root.base.expanded.unresolved.length > 0 || rootKind.kind === "other" && rootKind.os === void 0) continue;
    for (const ins of stage.instructions) {
      if (copiesHarmless && ins.copy) continue;
      const effect = taskRootEffect(df, ins);
      const harmless = ins.copy !== void 0 && landsInFinalWorkdir(a, ins);
      if (effect !== void 0 && !harmless) reported.add(ins);
      if (effect !== void 0) ctx.report({ messageId: "taskRootUndefined", data: { image: stage.base.expanded.value, keyword: ins.keyword, effect: harmless ? `${effect}${effect.includes("the working directory") ? ", which is also the final one" : ", the working directory"} (which is why this works)` : effect }, at: ins, severity: harmless ? "info" : void 0 });
    }
  }
  return reported;
}
function landsInFinalWorkdir(a, ins) {
  if (!ins.stage || !a.lineage.includes(ins.stage)) return false;
  const rawDest = ins.words[ins.words.length - 1] ?? "";
  if (!/^"?\$\{?LAMBDA_TASK_ROOT\}?(\/[^/]*)?"?$/.test(rawDest)) return false;
  const rest = rawDest.replace(/^"|"$/g, "").replace(/^\$\{?LAMBDA_TASK_ROOT\}?/, "");
  const finalWorkdir = a.target.workdir?.value ?? "/";
  if (rest === "") return ins.workdir === finalWorkdir;
  if (rest !== "/" && (rest.endsWith("/") || ins.copy.sources.length !== 1 || /\$/.test(rest))) return false;
  return finalWorkdir === "/";
}
function copiedFromTaskRoot(df, stage) {
  return df.instructions.some((i) => i.copy?.fromStage === stage && i.copy.sources.some((s) => s === TASK_ROOT3 || s.startsWith(`${TASK_ROOT3}/`) || s.includes("LAMBDA_TASK_ROOT")));
}
function taskRootEffect(df, ins) {
  const undefinedHere = (w) => expand(w, ins.scope, df.escape).unresolved.includes(VAR);
  if (ins.keyword === "COPY" || ins.keyword === "ADD" || ins.keyword === "WORKDIR") {
    if (!ins.words.some(undefinedHere)) return void 0;
    if (!ins.copy) return ": WORKDIR becomes /";
    const rawDest = ins.words[ins.words.length - 1] ?? "";
    const dest = expand(rawDest.replace(/\$\{?LAMBDA_TASK_ROOT\}?/g, ""), ins.scope, df.escape).value;
    return `: the files land in ${dest.replace(/^"|"$/g, "") === "" ? `${ins.workdir}, the working directory at that point` : dest.startsWith("/") ? dest : `/${dest}`}`;
  }
  if (ins.keyword === "RUN") {
    const script = df.shell(ins);
    return script?.commands.some((c) => c.args.some(undefinedHere) || c.redirects.some((r) => undefinedHere(r.target))) ? " when the command runs" : void 0;
  }
  if (ins.keyword === "ENV") return ins.properties.some((p) => p.value !== void 0 && undefinedHere(p.value)) ? "" : void 0;
  return void 0;
}
function checkRelativeWorkdirs(ctx, a) {
  const t = a.target;
  const kind = t.base.kind;
  const image = (a.lineage[a.lineage.length - 1] ?? t).base.expanded.value;
  let known = kind.kind === "aws" || kind.os === "scratch";
  for (const ins of a.shipped) {
    if (ins.keyword !== "WORKDIR") continue;
    const dir = expandWord(ins.words.join(" "), ins.scope, ctx.df.escape).value;
    if (dir.startsWith("/")) known = true;
    else if (dir.includes("$")) continue;
    else if (!known) ctx.report({ messageId: "relativeWorkdir", data: { dir, image }, at: ins });
    else ctx.report({ messageId: "relativeWorkdirResolved", data: { dir, resolved: posix7.join(ins.workdir, dir) }, at: ins });
  }
}
function checkJarsAtTaskRoot(ctx, lineageIns) {
  if (checkDependencyJars(ctx, lineageIns)) return;
  const landing = (ins) => {
    const d = ins.copy.dest;
    return d.includes("$") ? void 0 : d.startsWith("/") ? d : posix7.join(ins.workdir, d) + (d.endsWith("/") ? "/" : "");
  };
  const copies = lineageIns.filter((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.copy);
  const libOrClasses = copies.some((i) => {
    const d = landing(i);
    return d !== void 0 && pathWithin(d.replace(/\/$/, ""), `${TASK_ROOT3}/lib`) || i.copy.sources.some((src) => /(^|\/)classes\/?$/.test(src));
  });
  const unpacks = lineageIns.some((i) => i.keyword === "RUN" && ctx.df.shell(i)?.commands.some((c) => ["unzip", "jar", "bsdtar"].includes(commandName(c))));
  if (libOrClasses || unpacks) return;
  for (const ins of copies) {
    const d = landing(ins);
    if (d === void 0) continue;
    for (const src of ins.copy.sources) {
      if (!/\.jar$/.test(src)) continue;
      const dir = d.endsWith("/") || d.replace(/\/$/, "") === TASK_ROOT3 ? d.replace(/\/$/, "") : /\.jar$/.test(d) ? posix7.dirname(d) : d;
      if (dir !== TASK_ROOT3) continue;
      const from = ins.copy.from ? `--from=${ins.copy.from} ` : "";
      const aws = "as AWS shows, COPY target/classes ${LAMBDA_TASK_ROOT} and COPY target/dependency/* ${LAMBDA_TASK_ROOT}/lib/";
      const fix = springBootJar(ctx) ? `The build makes a Spring Boot executable jar (the spring-boot plugin repackages it: classes in BOOT-INF/classes, dependencies as nested jars), which no classpath loads, not even from lib/: copy the classes and the dependency jars instead, ${aws} (after mvn dependency:copy-dependencies), or build a shaded jar (maven-shade-plugin) and copy it into lib/.` : `Copy the jar into the lib folder: COPY ${from}${src} \${LAMBDA_TASK_ROOT}/lib/ (or, ${aws}).`;
      ctx.report({ messageId: "jarAtTaskRoot", data: { jar: src, fix }, at: ins });
    }
  }
}
var LineageWalk = class {
  /** The last WORKDIR before instruction i. */
  workdirBefore = [];
  /** A RUN after instruction i copies or links something into /var/task (cp, mv, rsync, ln). */
  copiedOnLater = [];
  constructor(df, lineageIns) {
    let workdir;
    for (const ins of lineageIns) {
      this.workdirBefore.push(workdir);
      if (ins.keyword === "WORKDIR") workdir = ins;
    }
    let later = false;
    for (let i = lineageIns.length - 1; i >= 0; i--) {
      this.copiedOnLater[i] = later;
      const ins = lineageIns[i];
      if (!later && ins.keyword === "RUN") later = !!df.shell(ins)?.commands.some((c) => ["cp", "mv", "rsync", "ln"].includes(commandName(c)) && c.args.some((x) => pathWithin(expand(x, ins.scope).value, TASK_ROOT3)));
    }
  }
};
function checkCodeOutsideTaskRoot(ctx, t, a, lineageIns, family) {
  const pathEnv = PATH_ENV[family];
  const extraPath = pathEnv ? (t.env.get(pathEnv)?.value ?? "").split(":").filter(Boolean) : [];
  const error = family === "python" ? "Runtime.ImportModuleError" : family === "nodejs" ? "Runtime.ImportModuleError (Cannot find module)" : family === "java" ? "Class not found" : family === "ruby" ? "LoadError" : "a missing handler assembly";
  const handler = t.cmd?.value.exec?.length === 1 ? t.cmd.value.exec[0] : void 0;
  const noCmd2 = family === "nodejs" && !t.cmd;
  const absRoot = family === "nodejs" && handler?.startsWith("/") ? posix7.dirname(handler) : void 0;
  const moduleNames = new Set((handler && !handler.includes("$") ? HANDLER_FORMATS[family]?.moduleFiles?.(handler) ?? [] : []).map((r) => basename5(r)));
  const filesBy = /* @__PURE__ */ new Map();
  for (const f of a.files) {
    const list3 = filesBy.get(f.ins);
    if (list3) list3.push(f.contextPath ?? f.path);
    else filesBy.set(f.ins, [f.contextPath ?? f.path]);
  }
  let walk;
  lineageIns.forEach((ins, i) => {
    if (ins.keyword !== "COPY" && ins.keyword !== "ADD" || !ins.copy) return;
    const spec = ins.copy;
    const dest = spec.dest.replace(/\/$/, "") || "/";
    if (absRoot && (pathWithin(absRoot, dest) || pathWithin(dest, absRoot))) return;
    const home = HOME_DIRS.some((d) => pathWithin(dest, d)) && spec.from === void 0 && spec.sources.some((src) => src === "." || src === "./" || moduleNames.has(basename5(src)));
    if (dest.includes("$") || pathWithin(dest, TASK_ROOT3) || !home && ELSEWHERE_OK.some((d) => pathWithin(dest, d)) || DEPENDENCY_DIRS.some((d) => pathWithin(dest, d)) || extraPath.some((p) => pathWithin(dest, p))) return;
    const system = pathWithin(dest, "/opt") || pathWithin(dest, "/usr");
    const code = (spec.from === void 0 ? filesBy.get(ins) ?? [] : []).filter((p) => CODE.test(p));
    const named = spec.sources.filter((s) => CODE.test(s) || s === "." || s === "./" || !ctx.context && CODE_DIR.test(s) || !system && spec.fromStage !== void 0 && !/\.\w+$/.test(s) && !/(^|\/)s?bin\/?$/.test(s));
    if (code.length === 0 && named.length === 0 && spec.heredocs.every((h) => !CODE.test(dest) && !CODE.test(h.name))) return;
    walk ??= new LineageWalk(ctx.df, lineageIns);
    if (walk.copiedOnLater[i]) return;
    if (installedLater(ctx.df, lineageIns, i, dest)) return;
    const wdIns = walk.workdirBefore[i];
    const lastWord = ins.words[ins.words.length - 1] ?? "";
    const relative = lastWord !== "" && !lastWord.startsWith("/") && !lastWord.startsWith("$");
    const wd = ins.workdir;
    const because = relative && wdIns && wd !== TASK_ROOT3 ? ` because WORKDIR ${wd} (line ${wdIns.span.line}) moved the working directory away from /var/task` : "";
    const what = code.length ? code.length > 3 ? `${code.slice(0, 3).join(", ")} and ${code.length - 3} more` : code.join(", ") : spec.sources.join(", ") || "code";
    const folder = /\.\w+$/.test(dest) && !spec.dest.endsWith("/") ? posix7.dirname(dest) : dest;
    ctx.report({ messageId: noCmd2 ? "outsideTaskRootNoCmd" : "outsideTaskRoot", data: { what, dest, folder, because, error, copy: intoTaskRoot(ins) }, at: ins });
  });
}
function checkVenvInstall(ctx, t, lineageIns) {
  if (t.env.has("PYTHONPATH")) return;
  const no = (v) => v !== void 0 && /^(false|0|no|off)$/i.test(v.trim());
  const yes = (v) => v !== void 0 && /^(true|1|yes|on)$/i.test(v.trim());
  const localToml = ctx.context?.read("poetry.toml", 64 << 10);
  let poetrySystem = localToml !== void 0 && /\[virtualenvs\][^[]*\bcreate\s*=\s*false\b/.test(localToml);
  const runs = lineageIns.filter((i) => i.keyword === "RUN");
  const movedLater = (k) => {
    let exported = false;
    return runs.slice(k).some((r) => {
      const sc = ctx.df.shell(r);
      for (const c of sc?.commands ?? []) {
        const name = commandName(c);
        if ((name === "poetry" || name === "uv") && c.args[0] === "export") exported = true;
        if (name === "pipenv" && c.args[0] === "requirements") exported = true;
      }
      return installs(sc).some((i) => i.options.some((o) => /^(--target|-t|--prefix)(=|$)/.test(o)) || exported && i.manager === "pip" && i.options.some((o) => /^(-r|--requirement)(=|$)/.test(o))) || (sc?.commands ?? []).some((c) => c.args.some((a) => a.includes("site-packages")));
    });
  };
  for (let k = 0; k < runs.length; k++) {
    const ins = runs[k];
    const script = ctx.df.shell(ins);
    const commands = script?.commands ?? [];
    const exported = /* @__PURE__ */ new Map();
    for (const c of commands) if (c.name === "export") for (const [k2, v] of Object.entries(c.assignments)) exported.set(k2, v);
    const scoped = (name) => exported.get(name) ?? ins.scope.get(name)?.value ?? t.env.get(name)?.value;
    if (commands.some((c) => commandName(c) === "poetry" && c.args.includes("virtualenvs.create") && no(c.args[c.args.indexOf("virtualenvs.create") + 1]))) poetrySystem = true;
    for (const inst of installs(script)) {
      const env = (name) => inst.cmd.assignments[name] ?? scoped(name);
      let where;
      let instead = "";
      const uvEnv = env("UV_PROJECT_ENVIRONMENT");
      if (inst.manager === "uv" && inst.subcommand === "sync" && !inst.cmd.args.includes("pip") && !(uvEnv && /^\/var\/lang\/?$/.test(uvEnv.trim()))) {
        where = uvEnv ? uvEnv : inst.options.includes("--active") ? "the active virtual environment" : ".venv in the project folder";
        instead = 'uv export --frozen --no-dev -o requirements.txt && uv pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"';
      } else if (inst.manager === "poetry" && inst.subcommand === "install" && !poetrySystem && !no(env("POETRY_VIRTUALENVS_CREATE"))) {
        where = yes(env("POETRY_VIRTUALENVS_IN_PROJECT")) ? ".venv in the project folder" : "poetry's cache folder";
        instead = 'poetry export -f requirements.txt -o requirements.txt && pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"';
      } else if (inst.manager === "pipenv" && ["install", "sync"].includes(inst.subcommand) && !inst.options.includes("--system") && !yes(env("PIPENV_SYSTEM"))) {
        where = yes(env("PIPENV_VENV_IN_PROJECT")) ? ".venv in the project folder" : "~/.local/share/virtualenvs";
        instead = 'pipenv requirements > requirements.txt && pip install -r requirements.txt --target "${LAMBDA_TASK_ROOT}"';
      }
      if (!where || movedLater(k)) continue;
      ctx.report({ messageId: "venvInstall", data: { command: inst.cmd.text.length > 80 ? `${inst.cmd.text.slice(0, 77)}...` : inst.cmd.text, where, instead }, at: ins });
      return;
    }
  }
}
var BUILD_TOOLS = /^(pip|setuptools|wheel)([<>=!~].*)?$/;
function checkUserInstall(ctx, t, lineageIns) {
  if (t.env.has("PYTHONPATH") || t.env.has("PYTHONUSERBASE")) return;
  let user;
  for (const ins of lineageIns) {
    if (ins.keyword === "FROM") user = void 0;
    if (ins.keyword === "USER") user = ins.words[0]?.split(":")[0];
    if (ins.keyword !== "RUN") continue;
    for (const inst of installs(ctx.df.shell(ins))) {
      const fallback = !inst.options.includes("--user") && nonRoot(user) && !inst.options.some((o) => /^(--target|-t|--prefix|--root)(=|$)/.test(o)) && !inVenv(ctx, t, lineageIns, ins);
      if (inst.manager !== "pip" || !(inst.options.includes("--user") || fallback)) continue;
      if (inst.files.length === 0 && inst.packages.length > 0 && inst.packages.every((p) => BUILD_TOOLS.test(p))) continue;
      const home = !nonRoot(user) ? "/root/.local" : `~${user}/.local`;
      const how = fallback ? `: USER ${user} cannot write the system's site-packages, so pip falls back to a user installation` : "";
      ctx.report({ messageId: "userInstall", data: { command: inst.cmd.text.length > 80 ? `${inst.cmd.text.slice(0, 77)}...` : inst.cmd.text, where: home, how }, at: ins });
      return;
    }
  }
}
var nonRoot = (user) => user !== void 0 && user !== "" && user !== "root" && user !== "0";
function inVenv(ctx, t, lineageIns, at) {
  if (at.scope.has("VIRTUAL_ENV") || t.env.has("VIRTUAL_ENV")) return true;
  for (const ins of lineageIns) {
    if (ins.keyword === "RUN" && (ctx.df.shell(ins)?.commands ?? []).some((c) => c.args[0] === "-m" && c.args[1] === "venv" || commandName(c) === "virtualenv" || commandName(c) === "uv" && c.args[0] === "venv")) return true;
    if (ins === at) break;
  }
  return false;
}
function checkDependencyJars(ctx, lineageIns) {
  const copies = lineageIns.filter((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.copy);
  const landing = (i) => i.copy.dest.includes("$") ? void 0 : i.copy.dest.replace(/\/+$/, "") || "/";
  const classes = copies.find((i) => landing(i) === TASK_ROOT3 && i.copy.sources.some((src) => /(^|\/)classes(\/(java|kotlin|scala)\/main)?\/?$/.test(src)));
  if (!classes || copies.some((i) => landing(i) !== void 0 && pathWithin(landing(i), `${TASK_ROOT3}/lib`))) return false;
  if (lineageIns.some((i) => i.keyword === "RUN" && ctx.df.shell(i)?.commands.some((c) => ["unzip", "jar", "bsdtar", "mv", "cp"].includes(commandName(c))))) return false;
  for (const ins of copies) {
    if (ins === classes || landing(ins) !== TASK_ROOT3) continue;
    for (const src of ins.copy.sources) {
      if (!/[*?[]/.test(src)) continue;
      const jars = ctx.context && !ins.copy.from ? ctx.context.match(contextPath(src)).filter((f) => !f.dir && f.path.endsWith(".jar")).map((f) => posix7.basename(f.path)) : /(^|\/)(dependency|dependencies|libs?)\/\*(\.jar)?$/.test(src) ? ["*.jar"] : [];
      if (jars.length === 0) continue;
      const shown = jars.length > 3 ? `${jars.slice(0, 3).join(", ")} and ${jars.length - 3} more` : jars.join(", ");
      ctx.report({ messageId: "dependencyJarsAtTaskRoot", data: { source: src, jars: shown, classesLine: String(classes.span.line), from: ins.copy.from ? `--from=${ins.copy.from} ` : "" }, at: ins });
      return true;
    }
  }
  return false;
}
function installedLater(df, lineageIns, i, dest) {
  for (let k = i + 1; k < lineageIns.length; k++) {
    const ins = lineageIns[k];
    if (ins.keyword !== "RUN") continue;
    for (const inst of installs(df.shell(ins))) {
      for (const p of inst.packages) {
        if (!p.includes("/") && p !== ".") continue;
        const abs = expand(p.startsWith("/") ? p : posix7.join(ins.workdir, p), ins.scope).value;
        const folder = abs.replace(/\/[^/]*[*?][^/]*$/, "");
        if (pathWithin(abs, dest) || folder !== "" && folder !== "/" && pathWithin(dest, folder)) return true;
      }
    }
  }
  return false;
}
function checkCodeInSubfolder(ctx, t, a, lineageIns, family) {
  const handler = t.cmd?.value.exec?.length === 1 ? t.cmd.value.exec[0] : void 0;
  const pathEnv = PATH_ENV[family];
  if (!handler || handler.includes("$") || a.opaqueWrites.length > 0 || pathEnv && t.env.get(pathEnv) || HANDLER_FORMATS[family]?.check(handler)) return;
  const rels = HANDLER_FORMATS[family]?.moduleFiles?.(handler)?.filter((r) => !r.includes("*") && !r.endsWith(".pyc"));
  if (!rels?.length) return;
  const wanted = rels.map((r) => posix7.join(TASK_ROOT3, r));
  let flagged;
  for (const i of lineageIns) {
    const copy = i.copy;
    if (!copy || i.keyword !== "COPY" && i.keyword !== "ADD") continue;
    if (copy.from !== void 0 || copy.heredocs.length > 0 || copy.dest.includes("$") || copy.sources.some((src) => src.includes("$"))) return;
    const dest = copy.dest.replace(/\/+$/, "") || "/";
    const destIsDir = copy.dest.endsWith("/") || copy.sources.length > 1 || a.knownDirs.has(dest);
    for (const src of copy.sources) {
      const path = contextPath(src);
      if (path !== "" && !/[*?[]/.test(path) && /\.\w+$/.test(basename5(path))) {
        if (wanted.includes(destIsDir ? posix7.join(dest, basename5(path)) : dest)) return;
        continue;
      }
      if (!pathWithin(dest, TASK_ROOT3) || dest === TASK_ROOT3) return;
      const inside = wanted.filter((w) => pathWithin(w, dest));
      if (inside.length > 0 && !(family === "python" && path === "" && inside.every((w) => posix7.relative(dest, w) === "__init__.py"))) return;
      flagged ??= { ins: i, dest, whole: path === "", source: src };
    }
  }
  if (!flagged) return;
  if (lineageIns.some((i) => i.keyword === "RUN" && ctx.df.shell(i)?.commands.some((c) => ["cp", "mv", "rsync", "ln"].includes(commandName(c))))) return;
  const folder = posix7.relative(TASK_ROOT3, flagged.dest);
  const what = flagged.whole ? "the whole build context" : `what is inside ${flagged.source}`;
  const unless = flagged.whole && family === "python" ? `: if the context's top-level __init__.py defines the handler for package ${folder}, ignore this` : "";
  const error = family === "python" ? "Runtime.ImportModuleError" : "Runtime.ImportModuleError (Cannot find module)";
  ctx.report({ messageId: "codeInSubfolder", data: { what, dest: flagged.dest, handler, files: rels.join(" or "), folder, error, unless }, at: flagged.ins, severity: "warning" });
}
function checkWorkdirHoldsCode(ctx, t, a, lineageIns, reportedCopies) {
  const ep = t.entrypoint;
  const argv = ep?.value.exec ?? (!ep ? t.cmd?.value.exec : void 0);
  if (!argv) return;
  const launch = a.classify(argv);
  const ric = launch.ric ?? launch.inner?.ric;
  if (!ric || launch.kind !== "ric" && launch.kind !== "script") return;
  const fmt = HANDLER_FORMATS[ricById(ric).handlerFamily];
  const handler = launch.kind === "ric" && launch.handlerIndex !== void 0 && launch.argv[launch.handlerIndex] ? launch.argv[launch.handlerIndex] : ep ? t.cmd?.value.exec?.[0] : void 0;
  if (!fmt?.moduleFiles || !handler || fmt.check(handler)) return;
  const rels = fmt.moduleFiles(handler)?.filter((r) => !r.includes("*")) ?? [];
  const workdir = t.workdir?.value ?? "/";
  const roots = [workdir, ...ricById(ric).handlerFamily === "python" ? envPathList(t, "PYTHONPATH") : []];
  if (a.files.some((f2) => rels.some((r) => roots.some((root) => f2.path === posix7.join(root, r))))) return;
  const elsewhere2 = a.files.filter((f2) => !f2.path.includes("$") && rels.some((r) => f2.path.endsWith(`/${r}`)));
  if (elsewhere2.length === 0) return;
  const f = elsewhere2[elsewhere2.length - 1];
  const rel = rels.find((r) => f.path.endsWith(`/${r}`));
  const dir = f.path.slice(0, f.path.length - rel.length - 1) || "/";
  if (dir === (workdir.replace(/\/+$/, "") || "/") || reportedCopies.has(f.ins)) return;
  const override = t.workdir?.from?.origin ? t.workdir.from : void 0;
  const hasWorkdir = override !== void 0 || lineageIns.some((i) => i.keyword === "WORKDIR");
  const why = hasWorkdir ? "" : " (WORKDIR is never set)";
  ctx.report({ messageId: "codeOutsideWorkdir", data: { file: rel, dest: posix7.dirname(f.path), workdir, why, dir }, at: override ?? f.ins });
}
function springBootJar(ctx) {
  const context = ctx.context;
  if (!context) return false;
  for (const f of context.projectFiles()) {
    if (f.dir || !/^(pom\.xml|build\.gradle(\.kts)?)$/.test(posix7.basename(f.path))) continue;
    const text = context.read(f.path, 1 << 20) ?? "";
    if (/spring-boot-maven-plugin|id\s*\(?\s*["']org\.springframework\.boot["']|apply\s+plugin:\s*["']org\.springframework\.boot["']/.test(text)) return true;
  }
  return false;
}

// rules/LL105-platform-unsupported.ts
import { posix as posix8 } from "node:path";

// src/knowledge/platforms.ts
var LAMBDA_OS = "linux";
var LAMBDA_ARCHITECTURES = { amd64: "x86_64", arm64: "arm64" };
var ARCH_ALIASES = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", arm64v8: "arm64" };
function normaliseArch(arch) {
  const a = arch.trim().toLowerCase();
  return ARCH_ALIASES[a] ?? a;
}
var KNOWN_ARCHES = /* @__PURE__ */ new Set(["386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"]);
function parsePlatformString(s) {
  const parts = s.trim().toLowerCase().split("/");
  if (!parts[0]) return void 0;
  if (parts.length === 1 && KNOWN_ARCHES.has(normaliseArch(parts[0]))) return { os: LAMBDA_OS, architecture: normaliseArch(parts[0]) };
  return { os: parts[0], architecture: parts[1] ? normaliseArch(parts[1]) : void 0, variant: parts[2] };
}
function archSupported(arch) {
  return normaliseArch(arch) in LAMBDA_ARCHITECTURES;
}
var IMAGE_MAX_BYTES = 10 * 1024 ** 3;
var MANIFEST_RECOMMENDED_MAX = 25400;
var ZSTD_LAYER_MEDIA_TYPE = /\+zstd$|zstd/;

// rules/LL105-platform-unsupported.ts
var RUST_TRIPLE = /^(x86_64|aarch64)-unknown-linux-(gnu|musl)$/;
var DOTNET_RID = /^linux(-musl)?-(x64|arm64)$/;
function binaryName(args) {
  const o = args.indexOf("-o");
  const out = o >= 0 ? args[o + 1] : void 0;
  return `\u2026/${out && !out.includes("$") ? out.split("/").pop() || "bootstrap" : "bootstrap"}`;
}
function compiledFor(df, ins) {
  const script = df.shell(ins);
  if (!script) return void 0;
  const found = compilesIn(script.commands, ins);
  return found.length > 0 && found.every((f) => f.arch === found[0].arch) ? found[0] : void 0;
}
function compilesIn(commands, ins) {
  const out = [];
  for (const c of commands) {
    if (c.conditional) continue;
    const one2 = compiled(c, ins);
    if (one2) out.push(one2);
  }
  return out;
}
function compiled(cmd, ins) {
  const args = cmd.args;
  {
    if (cmd.name === "go" && args[0] === "build") {
      const v = cmd.assignments.GOARCH ?? ins.scope.get("GOARCH")?.value;
      const o = args.indexOf("-o");
      if (v && !v.includes("$")) return { arch: normaliseArch(v), what: `go build with GOARCH=${v}`, program: binaryName(args), output: o >= 0 ? args[o + 1] : void 0 };
    }
    if (cmd.name === "cargo") {
      if (args.includes("--arm64")) return { arch: "arm64", what: "cargo lambda build --arm64", program: "\u2026/bootstrap", output: "target" };
      if (args.includes("--x86-64")) return { arch: "amd64", what: "cargo lambda build --x86-64", program: "\u2026/bootstrap", output: "target" };
      const t = args.indexOf("--target");
      const triple = t >= 0 ? args[t + 1] : args.find((a) => a.startsWith("--target="))?.slice(9);
      const m = triple ? RUST_TRIPLE.exec(triple) : null;
      if (m) return { arch: normaliseArch(m[1]), what: `cargo --target ${triple}`, program: "\u2026/bootstrap", output: "target" };
    }
    if (cmd.name === "dotnet" && args[0] === "publish" && selfContained(args)) {
      const i = args.findIndex((a) => a === "-r" || a === "--runtime");
      const m = i >= 0 ? DOTNET_RID.exec(args[i + 1] ?? "") : null;
      const o = args.findIndex((a) => a === "-o" || a === "--output");
      if (m) return { arch: m[2] === "x64" ? "amd64" : "arm64", what: `dotnet publish -r ${args[i + 1]}`, program: "\u2026/bootstrap", output: o >= 0 ? args[o + 1] : void 0 };
    }
  }
  return void 0;
}
function selfContained(args) {
  const sc = args.findIndex((a) => a === "--self-contained" || a === "--sc");
  if (sc >= 0) return args[sc + 1]?.toLowerCase() !== "false";
  return args.some((a) => /^(--self-contained=true|[-/]p:(PublishAot|SelfContained)=true)$/i.test(a));
}
function archEvidence(df, fn, shipped) {
  const out = [];
  const t = df.target;
  if (!t) return out;
  const platform = fn.platform ? parsePlatformString(fn.platform.value) : void 0;
  if (platform?.architecture) out.push({ arch: platform.architecture, what: `the build platform ${fn.platform.value}`, at: fn.platform.at, program: "/lambda-entrypoint.sh" });
  const lineage = shipped;
  const root = lineage[0];
  const fixed = lineage.map((s) => s.base.platform).find((p2) => p2 && !p2.includes("$"));
  const p = fixed ? parsePlatformString(fixed) : void 0;
  if (!platform && p?.architecture) {
    const ins = lineage.find((s) => s.base.platform === fixed).fromInstruction;
    out.push({ arch: p.architecture, what: `FROM --platform=${fixed}`, at: ins, program: "/lambda-entrypoint.sh" });
  } else if (!platform && !p && root.base.kind.kind === "aws" && root.base.kind.architecture) {
    out.push({ arch: normaliseArch(root.base.kind.architecture), what: `the base image tag ${root.base.expanded.value}`, at: root.fromInstruction, program: "/lambda-entrypoint.sh" });
  }
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      if (ins.keyword !== "RUN") continue;
      const c = compiledFor(df, ins);
      if (c) out.push({ ...c, at: ins });
    }
  }
  return out;
}
function checkBinaryPlatform(ctx) {
  const lineage = ctx.facts.lineage;
  if (!ctx.df.target || !lineage.length) return;
  const image = archEvidence(ctx.df, { imageConfig: {} }, lineage).find((e) => e.program === "/lambda-entrypoint.sh");
  const seen = /* @__PURE__ */ new Set();
  for (const stage of ctx.df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      const b = ins.keyword === "RUN" ? compiledFor(ctx.df, ins) : void 0;
      if (!b || seen.has(b.what) || !ships(stage, ins, b.output, lineage)) continue;
      seen.add(b.what);
      const data = { what: b.what, binArch: b.arch, program: b.program, lambdaArch: LAMBDA_ARCHITECTURES[b.arch] ?? b.arch, match: MATCH_HINT[b.what.split(" ")[0]] ?? MATCH_HINT.go };
      if (image && image.arch !== b.arch) ctx.report({ messageId: "binaryMismatch", data: { ...data, imageWhat: image.what, imageArch: image.arch }, at: ins });
      else if (!image) ctx.report({ messageId: "binaryPlatformOpen", data: { ...data, other: b.arch === "arm64" ? "amd64" : "arm64", example: b.arch === "arm64" ? "most CI runners" : "an Apple silicon Mac, a Graviton runner" }, at: ins });
    }
  }
}
var MATCH_HINT = {
  go: "compile with GOARCH=$TARGETARCH after ARG TARGETARCH",
  cargo: "build for the matching target (cargo lambda build --arm64 / --x86-64, or the matching --target triple)",
  dotnet: "publish for the matching runtime identifier (-r linux-arm64 / linux-x64)"
};
function ships(stage, ins, output, lineage) {
  if (lineage.includes(stage)) return true;
  if (!output || output.includes("$")) return false;
  const out = posix8.normalize(output.startsWith("/") ? output : posix8.join(ins.workdir, output));
  return lineage.some(
    (s) => s.instructions.some((i) => i.copy?.fromStage === stage && i.copy.sources.some((src) => {
      const from = posix8.normalize(src.startsWith("/") ? src : `/${src}`);
      return from === out || out.startsWith(`${from.replace(/\/$/, "")}/`) || from.startsWith(`${out}/`);
    }))
  );
}
var DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var SCHEMA1 = /distribution\.manifest\.v1\+(json|prettyjws)$/;
function platformOf(os, arch, variant) {
  return [os ?? "?", arch ?? "?", variant].filter(Boolean).join("/");
}
function manifestSize(image) {
  if (image.manifest) return { bytes: Buffer.byteLength(JSON.stringify(image.manifest)), exact: true };
  const digest = `sha256:${"0".repeat(64)}`;
  const pushed = {
    schemaVersion: 2,
    mediaType: "application/vnd.docker.distribution.manifest.v2+json",
    config: { mediaType: "application/vnd.docker.container.image.v1+json", size: JSON.stringify(image.config.raw).length, digest },
    layers: image.layers.map((l) => ({ mediaType: "application/vnd.docker.image.rootfs.diff.tar.gzip", size: l.compressedSize, digest }))
  };
  return { bytes: JSON.stringify(pushed, null, 3).length, exact: false };
}
var LL105_platform_unsupported_default = defineRule({
  code: "LL105",
  name: "platform-unsupported",
  severity: "error",
  since: "0.1.0",
  needs: { facts: ["lineage"], dockerfile: true, history: false, image: {} },
  docs: {
    what: "Checks that the function image is one Linux image for x86_64 (linux/amd64) or arm64 (linux/arm64) in a manifest format Lambda accepts. In a Dockerfile: a `FROM --platform=` in the target stage's lineage that names another OS (windows) or architecture (linux/arm/v7, linux/386, linux/s390x, linux/ppc64le ...), and an AWS base image tag with an architecture suffix (`python:3.12-arm64`) that contradicts an explicit `--platform`; a binary cross-compiled for one architecture in a stage that reaches the image (a literal `GOARCH=`, `cargo lambda build --arm64`, a Rust `--target` triple, `dotnet publish -r linux-x64`) in an image fixed to the other (an error), or whose platform the build decides (info: built on a machine of the other architecture, the binary cannot run; the AWS examples build with `docker build --platform`). Builder stages that only hand files over with COPY --from may use any platform (`--platform=$BUILDPLATFORM`); a stage of the image itself written with `--platform=$BUILDPLATFORM` is a warning (the image takes the architecture of the machine that builds it). In a built image: the config's `os` and `architecture`; an image index or Docker manifest list at the top, including the single-platform index with attestation manifests that BuildKit writes for provenance and SBOM; a Docker schema 1 manifest; zstd-compressed layers (warning: AWS does not document whether Lambda accepts them); a manifest over the 25,400 bytes AWS recommends (info: for a docker-archive the size is that of the manifest `docker push` would write). For a function of a deploy configuration (SAM, CloudFormation, CDK, Terraform, Serverless Framework), it also checks the function's architecture (Architectures, or Lambda's default x86_64) against what makes the image another one: the CDK asset's or Serverless image's build platform, a `FROM --platform=` in the target's lineage, an AWS base image tag with an architecture suffix, a binary cross-compiled in a stage that reaches the image (`GOARCH=`, `cargo lambda build --arm64`, `cargo --target aarch64-unknown-linux-gnu`, `dotnet publish -r linux-x64`), or the built image's config.",
    why: "Lambda runs only Linux images, for exactly one of its two architectures, and accepts only Docker image manifest V2 schema 2 and OCI image manifests. Anything else fails when the function is created or updated, not at build time: an index or manifest list (what `docker buildx build --push` produces by default since BuildKit 0.11 added provenance attestations, even for one platform) gives `InvalidParameterValueException: The image manifest, config or layer media type for the source image <uri> is not supported.`; an image for another architecture fails at start-up with `Runtime.InvalidEntrypoint` / `exec format error`. AWS documents no support for zstd layers, so they are a risk rather than a known failure; and it recommends manifests under 25,400 bytes (fewer layers and annotations) for optimal performance.",
    bad: { dockerfile: 'FROM --platform=linux/arm/v7 public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM --platform=linux/arm64 public.ecr.aws/lambda/python:3.12-arm64\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-reqs",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-types",
      "https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html",
      "https://github.com/aws/aws-lambda-roadmap/issues/82",
      "https://github.com/docker/buildx/issues/1533",
      "https://docs.docker.com/build/metadata/attestations/"
    ]
  },
  messages: {
    platformUnsupported: {
      text: "FROM --platform={{platform}} builds the function image for {{what}}; Lambda runs only linux/amd64 (x86_64) and linux/arm64 images, so the function cannot run it.",
      severity: "error",
      fix: "Build the final stage for linux/amd64 or linux/arm64 (FROM --platform=linux/arm64 ..., or docker build --platform linux/arm64) and pick the same architecture for the function."
    },
    buildPlatformImage: {
      text: "FROM --platform={{written}} makes the function image the architecture of the machine that builds it (an Apple silicon Mac builds linux/arm64, most CI runners linux/amd64), whatever the function's architecture: built on the other one, the function fails at start-up with an exec format error.",
      severity: "warning",
      fix: "Use --platform=$TARGETPLATFORM (docker build --platform linux/arm64 then decides) or a fixed linux/amd64 / linux/arm64 matching the function; keep $BUILDPLATFORM for builder stages that only hand files over."
    },
    platformMismatch: {
      text: 'FROM --platform={{platform}} asks for {{want}}, but the base image tag {{image}} is the {{tagArch}} image; the build fails with "no match for platform in manifest" or yields {{tagArch}} binaries in an image meant for {{want}}.',
      severity: "error",
      fix: "Use the tag that matches the platform ({{suggested}}), or drop the architecture suffix and let --platform pick."
    },
    osUnsupported: {
      evidence: "image",
      text: "The image is built for {{platform}}; Lambda runs only Linux images and rejects this one when the function is created.",
      severity: "error",
      fix: "Rebuild for linux/amd64 or linux/arm64 (docker build --platform linux/arm64 ...)."
    },
    archUnsupported: {
      evidence: "image",
      text: "The image is built for {{platform}}; Lambda runs only x86_64 (linux/amd64) and arm64 (linux/arm64) images, so the function fails at start-up with an exec format error.",
      severity: "error",
      fix: "Rebuild for linux/amd64 or linux/arm64 (docker build --platform linux/arm64 ...) and set the function's architecture to match."
    },
    attestationIndex: {
      evidence: "image",
      text: 'The image is an {{kind}} around one {{platform}} image{{attestations}}; Lambda rejects indexes even with one platform: "The image manifest, config or layer media type for the source image ... is not supported."',
      severity: "error",
      fix: "Build with docker buildx build --provenance=false --sbom=false (build-push-action: provenance: false, sbom: false), or deploy the platform manifest by digest ({{digest}})."
    },
    multiPlatformIndex: {
      evidence: "image",
      text: 'The image is an {{kind}} of {{count}} platforms ({{platforms}}); Lambda needs a single-architecture image and rejects indexes: "The image manifest, config or layer media type for the source image ... is not supported."',
      severity: "error",
      fix: "Build one platform per image (docker buildx build --platform linux/arm64 --provenance=false --sbom=false), or deploy the digest of one platform manifest ({{digest}})."
    },
    schema1: {
      evidence: "image",
      text: "The image has a Docker schema 1 manifest ({{mediaType}}); Lambda accepts only Docker image manifest V2 schema 2 and OCI manifests.",
      severity: "error",
      fix: "Rebuild and push the image with a current Docker, BuildKit or buildah, which write schema 2 / OCI manifests."
    },
    zstdLayers: {
      evidence: "image",
      text: "{{count}} of {{total}} layers are zstd-compressed ({{layers}}); AWS does not document zstd layer support for Lambda images, so the deploy may fail with UnsupportedImageLayerDetected.",
      severity: "warning",
      fix: "Push gzip layers: docker buildx build --output type=image,compression=gzip,force-compression=true,push=true ... (or skopeo copy --dest-compress-format gzip)."
    },
    binaryMismatch: {
      text: '{{what}} makes the binary linux/{{binArch}}, but {{imageWhat}} makes the image linux/{{imageArch}}: Lambda cannot start it ("fork/exec {{program}}: exec format error", Runtime.InvalidEntrypoint).',
      severity: "error",
      fix: "Build the binary for the image's platform ({{match}}), or build the image for linux/{{binArch}}."
    },
    binaryPlatformOpen: {
      text: `{{what}} makes the binary linux/{{binArch}}, but nothing in the Dockerfile fixes the image's platform: built on an {{other}} machine ({{example}}), the image is linux/{{other}} and Lambda cannot start the binary ("exec format error").`,
      severity: "info",
      fix: "Build with docker build --platform linux/{{binArch}} (and deploy the function as {{lambdaArch}}), set FROM --platform=linux/{{binArch}} on the final stage, or {{match}}."
    },
    functionArchitecture: {
      text: 'The function {{fn}} runs on {{want}}{{why}}, but {{what}} makes {{subject}} {{have}}; Lambda cannot start it: "fork/exec {{program}}: exec format error" (Runtime.InvalidEntrypoint).',
      severity: "error",
      fix: "Build for linux/{{wantOci}} ({{hint}}), or set the function's architecture to {{haveLambda}}."
    },
    manifestLarge: {
      evidence: "image",
      text: "The image manifest is {{size}} bytes ({{layers}} layers{{annotations}}); AWS recommends keeping it under 25,400 bytes for optimal performance.",
      severity: "info",
      fix: "Use fewer layers (merge RUN steps, use a multi-stage build that copies one tree into the final stage) and fewer annotations."
    }
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    const reportArch = (fn, have, what, subject, program, at) => {
      const want = fn.architecture;
      const wantOci = normaliseArch(want.value);
      if (!archSupported(have) || !archSupported(wantOci) || have === wantOci) return;
      const hint = what.startsWith("go build") ? `GOARCH=${wantOci}` : what.startsWith("cargo") ? `cargo lambda build --${wantOci === "arm64" ? "arm64" : "x86-64"}` : what.startsWith("dotnet") ? `dotnet publish -r linux-${wantOci === "arm64" ? "arm64" : "x64"}` : `--platform linux/${wantOci}`;
      ctx.report({
        messageId: "functionArchitecture",
        data: { fn: fn.id, want: want.value, why: want.explicit ? "" : " (Lambda's default: the function sets no architecture)", what, subject, have: `linux/${have}`, program, wantOci, hint, haveLambda: LAMBDA_ARCHITECTURES[have] ?? have },
        ...at ? { at } : { source: "image-config" }
      });
    };
    return {
      end() {
        const fn = ctx.deploy;
        if (!fn && !ctx.image && ctx.mode === "dockerfile") checkBinaryPlatform(ctx);
        if (!fn?.architecture || ctx.image || ctx.mode === "deploy") return;
        const seen = /* @__PURE__ */ new Set();
        for (const e of archEvidence(ctx.df, fn, ctx.facts.lineage)) {
          if (seen.has(e.what)) continue;
          seen.add(e.what);
          reportArch(fn, e.arch, e.what, e.program === "/lambda-entrypoint.sh" ? "the image" : "the binary", e.program, e.at);
        }
      },
      instruction(ins) {
        if (ctx.image || ins.keyword !== "FROM" || !ins.stage || !lineage.has(ins.stage)) return;
        const written = ins.flags.find((f) => f.name === "platform")?.value;
        const value = ins.stage.base.platform;
        if (written && /^\$\{?BUILDPLATFORM\}?$/.test(written.trim())) return ctx.report({ messageId: "buildPlatformImage", data: { written }, at: ins });
        if (!written || !value || value.includes("$")) return;
        const p = parsePlatformString(value);
        if (!p) return;
        if (p.os !== LAMBDA_OS) {
          ctx.report({ messageId: "platformUnsupported", data: { platform: value, what: `the OS ${p.os}` }, at: ins });
          return;
        }
        if (p.architecture && !archSupported(p.architecture)) {
          ctx.report({ messageId: "platformUnsupported", data: { platform: value, what: `the ${[p.architecture, p.variant].filter(Boolean).join("/")} architecture` }, at: ins });
          return;
        }
        const kind = ins.stage.base.kind;
        if (kind.kind !== "aws" || !kind.architecture || !p.architecture || ins.stage.base.stage) return;
        const want = LAMBDA_ARCHITECTURES[p.architecture];
        if (want === kind.architecture) return;
        const image = ins.stage.base.expanded.value;
        const suggested = image.replace(/-(x86_64|arm64)(?=$|@)/, `-${want}`);
        ctx.report({ messageId: "platformMismatch", data: { platform: value, want: `linux/${p.architecture}`, image, tagArch: kind.architecture, suggested }, at: ins });
      },
      image(image) {
        const { os, architecture, variant } = image.config;
        if (ctx.deploy?.architecture && architecture) reportArch(ctx.deploy, normaliseArch(architecture), "the built image", "the image", "/lambda-entrypoint.sh", void 0);
        const platform = platformOf(os, architecture, variant);
        if (os && os.toLowerCase() !== LAMBDA_OS) ctx.report({ messageId: "osUnsupported", data: { platform }, source: "image-config" });
        else if (architecture && !archSupported(architecture)) ctx.report({ messageId: "archUnsupported", data: { platform }, source: "image-config" });
        const index = image.index;
        if (index.isIndex) {
          const kind = index.mediaType === DOCKER_LIST ? "Docker manifest list" : "OCI image index";
          const digest = image.selected.manifestDigest ?? "the platform manifest digest from docker buildx imagetools inspect";
          if (index.platformManifests <= 1) {
            const n = index.attestationManifests;
            const attestations = n > 0 ? ` plus ${n} attestation manifest${n === 1 ? "" : "s"} (BuildKit's provenance/SBOM)` : "";
            ctx.report({ messageId: "attestationIndex", data: { kind, platform: index.platforms[0] ?? platform, attestations, digest }, source: "image-config" });
          } else {
            ctx.report({ messageId: "multiPlatformIndex", data: { kind, count: index.platformManifests, platforms: index.platforms.join(", "), digest }, source: "image-config" });
          }
        }
        const mt = image.manifestMediaType ?? "";
        if (image.schemaVersion === 1 || SCHEMA1.test(mt)) {
          ctx.report({ messageId: "schema1", data: { mediaType: mt || "schemaVersion 1" }, source: "image-config" });
        }
        const zstd = image.layers.filter((l) => l.compression === "zstd" || ZSTD_LAYER_MEDIA_TYPE.test(l.mediaType ?? ""));
        if (zstd.length > 0) {
          const layers = zstd.slice(0, 5).map((l) => `layer ${l.index + 1}`).join(", ") + (zstd.length > 5 ? ", ..." : "");
          ctx.report({ messageId: "zstdLayers", data: { count: zstd.length, total: image.layers.length, layers }, source: "image-layer", layer: zstd[0].index });
        }
        const size = manifestSize(image);
        if (size.bytes > MANIFEST_RECOMMENDED_MAX) {
          const annotated = image.manifest ? countAnnotations(image.manifest) : 0;
          ctx.report({
            messageId: "manifestLarge",
            data: {
              size: `${size.exact ? "at least" : "about"} ${size.bytes.toLocaleString("en-US")}`,
              layers: image.layers.length,
              annotations: annotated > 0 ? `, ${annotated} annotation${annotated === 1 ? "" : "s"}` : ""
            },
            source: "image-config"
          });
        }
      }
    };
  }
});
function countAnnotations(manifest) {
  const count = (o) => o && typeof o === "object" ? Object.keys(o).length : 0;
  const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
  return count(manifest.annotations) + count(manifest.config?.annotations) + layers.reduce((n, l) => n + count(l?.annotations), 0);
}

// rules/LL106-runtime-deprecated.ts
var DAY = 24 * 60 * 60 * 1e3;
var OS_NAME = { al2023: "Amazon Linux 2023", al2: "Amazon Linux 2", al1: "the Amazon Linux AMI (AL1)" };
function date(iso) {
  return iso ? /* @__PURE__ */ new Date(`${iso}T00:00:00Z`) : void 0;
}
var INSTANTS = /* @__PURE__ */ new Map();
function reached(iso, now) {
  if (!iso) return false;
  let t = INSTANTS.get(iso);
  if (t === void 0) INSTANTS.set(iso, t = date(iso).getTime());
  return now.getTime() >= t;
}
function versionOf(id) {
  const m = /(\d+(?:\.\d+)*)/.exec(id);
  return m ? m[1].split(".").map(Number) : [];
}
var OS_RANK = { al1: 0, al2: 1, al2023: 2 };
function newer(a, b) {
  const va = versionOf(a.id);
  const vb = versionOf(b.id);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const d = (va[i] ?? 0) - (vb[i] ?? 0);
    if (d !== 0) return d;
  }
  return OS_RANK[a.os] - OS_RANK[b.os];
}
function newestSupported(family, now) {
  const fam = family === "go" ? "provided" : family;
  const candidates = RUNTIMES.filter((r) => r.family === fam && !reached(r.deprecation, now));
  return candidates.sort(newer).pop();
}
function tagOf(r) {
  switch (r.family) {
    case "python":
    case "ruby":
    case "dotnet":
    case "java":
      return r.id.slice(r.family.length);
    case "nodejs":
      return r.id.slice("nodejs".length).replace(/\.x$/, "");
    case "provided":
      return r.id === "provided" ? "alami" : r.id.slice("provided.".length);
    default:
      return "";
  }
}
function suggestedImage(ref, from, to) {
  let repo = ref.repository;
  if (from !== to.family) repo = repo.replace(new RegExp(`(lambda/|aws-lambda-)${from}$`), `$1${to.family}`);
  const name = ref.registry && ref.registry !== "docker.io" ? `${ref.registry}/${repo}` : repo;
  return `${name}:${tagOf(to)}`;
}
function suggestion(ref, current, family, now) {
  const next = newestSupported(family, now);
  if (!next || next.id === current.id) return "No newer supported runtime of this family is listed; plan a move to another runtime or to an OS-only base (provided.al2023) with a runtime interface client.";
  let text = `Move to ${next.id}: FROM ${suggestedImage(ref, family, next)} (pin its digest).`;
  if (family === "go") text += " Go functions now run on the OS-only runtime: build a binary named bootstrap (aws-lambda-go) and copy it to /var/runtime/bootstrap or ${LAMBDA_TASK_ROOT}/bootstrap.";
  if (next.os === "al2023" && current.os !== "al2023") {
    text += ` The new image is ${OS_NAME.al2023} (was ${OS_NAME[current.os]}): it has microdnf (dnf), not yum, so change every RUN yum ... to dnf ... (and check package names).`;
  }
  return text;
}
function blockNoteOf(rt, now) {
  if (!rt.blockCreate && !rt.blockUpdate) return "No block dates are scheduled.";
  const past = reached(rt.blockUpdate, now) || reached(rt.blockCreate, now);
  const dates = `creating .zip functions on it ${reached(rt.blockCreate, now) ? "since" : "from"} ${rt.blockCreate ?? "a date not yet scheduled"} and updating them ${reached(rt.blockUpdate, now) ? "since" : "from"} ${rt.blockUpdate ?? "a date not yet scheduled"}`;
  return `Lambda ${past ? "blocks" : "will block"} ${dates} (an image function has no runtime setting, so these blocks do not stop its deploys).`;
}
var LL106_runtime_deprecated_default = defineRule({
  code: "LL106",
  name: "runtime-deprecated",
  severity: "warning",
  since: "0.1.0",
  needs: { facts: ["lineage"], dockerfile: true },
  docs: {
    what: 'Checks the AWS base image the built stage runs on (public.ecr.aws/lambda/* or amazon/aws-lambda-*, followed through FROM <stage>) against the Lambda runtime deprecation calendar: a warning once the runtime is deprecated (it names the dates from which Lambda blocks creating and updating .zip functions on it), and an info when deprecation is less than six months away. Dates come from the runtime calendar below ("Runtime calendar"); the repository public.ecr.aws/lambda/go only ever shipped go1.x, so it is deprecated whatever its tag. Builder stages (COPY --from) are not checked: they do not decide the runtime.',
    why: "A deprecated runtime gets no more security patches or runtime updates, and its AWS base image is no longer rebuilt: the function keeps running on whatever the image holds. Lambda's create and update blocks act on a function's Runtime setting, which only .zip functions have (the Lambda API rejects a Runtime for a container image function), so they do not stop an image's deploys; that is why this is a warning and not an error, and why nothing forces the move until something in the old image breaks. Moving from an Amazon Linux 2 runtime to an Amazon Linux 2023 one also changes yum to dnf, so the move is better planned than forced.",
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.9\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      `https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html (Runtime: "Specifying a runtime results in an error if you're deploying a function using a container image")`
    ],
    tables: [
      {
        title: "Runtime calendar",
        intro: "The Lambda runtimes this rule knows (src/knowledge/runtimes.ts), with the dates AWS publishes: deprecation, then the end of function creation, then the end of function updates. A dash: no date announced.",
        columns: ["runtime", "OS", "deprecation", "block create", "block update", "source"],
        rows: () => RUNTIMES.map((r) => [r.id, r.os, r.deprecation ?? "-", r.blockCreate ?? "-", r.blockUpdate ?? "-", r.source])
      }
    ]
  },
  messages: {
    deprecated: {
      text: 'Base image "{{image}}" runs {{runtime}}, deprecated since {{date}}: AWS no longer patches it, and its base image is no longer rebuilt. {{blockNote}}',
      severity: "warning",
      fix: "{{suggestion}}"
    },
    olderThanListed: {
      text: 'Base image "{{image}}" runs {{runtime}}, which the Lambda runtime tables no longer list: it is older than {{listed}}, deprecated on {{date}}, so it is retired too and gets no patches.',
      severity: "warning",
      fix: "{{suggestion}}"
    },
    deprecationSoon: {
      text: 'Base image "{{image}}" runs {{runtime}}, which Lambda deprecates on {{date}} (in {{days}} days): from then on AWS no longer patches it. {{blockNote}}',
      severity: "info",
      fix: "{{suggestion}}"
    }
  },
  create(ctx) {
    return {
      end() {
        const target = ctx.target;
        if (!target) return;
        const lineage = ctx.facts.lineageOf(target);
        const bottom = lineage[lineage.length - 1];
        const flat = flattenedFrom(bottom);
        const root = flat ? ctx.facts.lineageOf(flat).at(-1) ?? bottom : bottom;
        const kind = root.base.kind;
        if (kind.kind !== "aws") return;
        const now = ctx.now;
        if (!kind.runtime) {
          const above = kind.runtimeId ? nextListedAbove(kind.family, kind.runtimeId) : void 0;
          if (!above || !reached(above.deprecation, now)) return;
          ctx.report({
            messageId: "olderThanListed",
            data: { image: root.base.expanded.value, runtime: kind.runtimeId, listed: above.id, date: above.deprecation, suggestion: suggestion(root.base.ref, above, kind.family, now) },
            at: root.fromInstruction
          });
          return;
        }
        const rt = kind.runtime;
        const dep = date(rt.deprecation);
        const horizon = new Date(now.getTime());
        horizon.setUTCMonth(horizon.getUTCMonth() + 6);
        const soon = dep !== void 0 && dep.getTime() <= horizon.getTime();
        if (!soon && !reached(rt.blockUpdate, now) && !reached(rt.blockCreate, now) && !reached(rt.deprecation, now)) return;
        const data = {
          image: root.base.expanded.value,
          runtime: rt.id,
          suggestion: suggestion(root.base.ref, rt, kind.family, now)
        };
        const at = root.fromInstruction;
        const blockNote = blockNoteOf(rt, now);
        if (reached(rt.deprecation, now)) {
          ctx.report({ messageId: "deprecated", data: { ...data, date: rt.deprecation, blockNote }, at });
          return;
        }
        if (soon) {
          const days = Math.ceil((dep.getTime() - now.getTime()) / DAY);
          ctx.report({ messageId: "deprecationSoon", data: { ...data, date: rt.deprecation, days, blockNote }, at });
        }
      }
    };
  }
});

// rules/LL107-file-not-readable.ts
import { posix as posix9 } from "node:path";
var READ_ROOTS = ["/var/task", "/opt", "/var/runtime"];
var MAX_PATHS = 5;
function octalDeniesOthers(mode) {
  if (!/^0?[0-7]{3,4}$/.test(mode)) return false;
  return (parseInt(mode, 8) & 4) === 0;
}
function symbolicDeniesOthers(mode) {
  return mode.split(",").some((clause) => {
    const m = /^([ugoa]*)([-=])([rwxXst]*)$/.exec(clause);
    if (!m) return false;
    const who = m[1] === "" ? "a" : m[1];
    if (!/[oa]/.test(who)) return false;
    return m[2] === "=" ? !/r/.test(m[3]) : /[rxX]/.test(m[3]);
  });
}
function bootstrapCopy(ins, mode, context, landed) {
  const hit = landed[0];
  if (!hit || ins.copy?.heredocs.length) return void 0;
  const rewritten = withFlag(ins, "chmod", "755", ins.text.includes("\n") ? "..." : void 0);
  if (mode !== void 0) {
    if (grantsOthersExecute(mode) || !/^0?[0-7]{3,4}$/.test(mode)) return void 0;
    return { messageId: "bootstrapCopiedNotExecutable", at: ins, data: { keyword: ins.keyword, path: hit.path, mode, why: `--chmod=${mode}`, fix: `Make it executable: ${rewritten}` } };
  }
  if (!hit.contextPath || ins.copy?.sources.some((src) => [".", "./"].includes(src))) return void 0;
  const bits = context?.mode?.(hit.contextPath);
  if (bits === void 0 || (bits & 1) !== 0) return void 0;
  const data = { keyword: ins.keyword, path: hit.path, mode: bits.toString(8).padStart(3, "0"), why: `the mode of ${hit.contextPath} in the build context, which ${ins.keyword} keeps`, fix: `Make it executable as it is copied: ${rewritten} (or chmod 755 ${hit.contextPath}, and in git: git update-index --chmod=+x ${hit.contextPath})` };
  return { messageId: "bootstrapCopiedNotExecutable", at: ins, data, severity: "warning" };
}
function grantsOthersExecute(mode) {
  if (/^0?[0-7]{3,4}$/.test(mode)) return (parseInt(mode, 8) & 1) !== 0;
  return mode.split(",").some((clause) => {
    const m = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    return m !== null && (m[1] === "" || /[oa]/.test(m[1])) && m[2] !== "-" && /[xX]/.test(m[3]);
  });
}
function forgetChmodded(bootstraps, targets, cwd) {
  for (const p of targets) {
    const abs = p.unresolved.length || p.value.includes("$") ? void 0 : p.value.startsWith("/") ? normalizePath(p.value) : normalizePath(`${cwd}/${p.value}`);
    for (const path of [...bootstraps.keys()]) if (abs === void 0 || /[*?[]/.test(abs) || pathWithin(path, abs)) bootstraps.delete(path);
  }
}
function forgetFoundChmodded(bootstraps, args, expanded, cwd) {
  const exec = args.findIndex((a, i) => /^-exec(dir)?$/.test(a) && args[i + 1] === "chmod");
  const mode = exec >= 0 ? args.slice(exec + 2).find((a) => !a.startsWith("-") || /^-[rwxXst]/.test(a)) : void 0;
  if (!mode || !grantsOthersExecute(mode)) return;
  const firstOption = args.findIndex((a) => /^[-(!]/.test(a));
  const starts = args.slice(0, firstOption < 0 ? args.length : firstOption);
  forgetChmodded(bootstraps, (starts.length ? starts : ["."]).map(expanded), cwd);
}
var BrowserDownloads = class {
  found = [];
  /** A command of a RUN: a download, or a copy out of an earlier download's folder. */
  command(name, cmd, ins) {
    if (["cp", "mv", "ln", "rsync"].includes(name)) {
      for (let i = this.found.length - 1; i >= 0; i--) if (cmd.args.some((a) => pathWithin(a.replace(/\/+$/, ""), this.found[i].into))) this.found.splice(i, 1);
      return;
    }
    const download = browserDownload(name, cmd.args);
    if (!download || ins.scope.has("HOME") || !rootHomeKnown(ins)) return;
    const scoped = ins.scope.get(download.variable);
    if (scoped && !("value" in scoped)) return;
    const set = cmd.assignments[download.variable] ?? scoped?.value;
    if (set !== void 0 && (!set.startsWith("/") || set.includes("$"))) return;
    const how = set === void 0 ? "home" : !cmd.assignments[download.variable] && ins.stage?.env.get(download.variable)?.value === set ? "env" : "build";
    this.found.push({ ins, download, command: cmd.text.length > 60 ? `${cmd.text.slice(0, 57)}...` : cmd.text, into: set ?? download.home, how });
  }
  /** The findings, against the variable the image sets for run time. */
  findings(env) {
    if (env?.has("HOME")) return [];
    const out = [];
    for (const f of this.found) {
      const { tool, variable, folder, failure } = f.download;
      const runDir = env?.get(variable)?.value;
      if (runDir !== void 0 && (runDir === f.into || runDir.includes("$"))) continue;
      const into = f.how === "home" ? `${f.into} (the build runs as root, whose home is /root)` : f.how === "build" ? `${f.into} (${variable} set for this build step only, not in the image's ENV)` : f.into;
      const runAt = runDir === void 0 ? `the home of the user Lambda runs the function as, which is not /root` : `${runDir} (ENV ${variable}, set after the download)`;
      const fix = runDir !== void 0 ? `Set ENV ${variable}=${runDir} above this RUN, so that the browser is downloaded where ${tool} looks.` : f.how === "build" ? `Keep the folder for run time: ENV ${variable}=${f.into} above this RUN.` : `Download it to a folder outside the home, kept for run time: ENV ${variable}=${folder} above this RUN.`;
      out.push({ data: { command: f.command, into, tool, runAt, failure, fix }, at: f.ins });
    }
    return out;
  }
};
function rootHomeKnown(ins) {
  const stage = ins.stage;
  if (!stage) return false;
  const user = stage.user?.value.split(":")[0];
  if (user !== void 0 && user !== "root" && user !== "0") return false;
  const ref = stage.base.ref;
  if (ref?.registry === "mcr.microsoft.com" && ref.repository.startsWith("playwright")) return false;
  const kind = stage.base.kind;
  return kind.kind === "aws" || kind.kind === "other" && kind.os !== void 0;
}
function bootstrapsByCopy(files) {
  const out = /* @__PURE__ */ new Map();
  for (const f of files) if (BOOTSTRAP_PATHS.includes(f.path)) out.set(f.ins, [...out.get(f.ins) ?? [], f]);
  return out;
}
var BROWSER_DOWNLOADS = [
  { tool: "Playwright", variable: "PLAYWRIGHT_BROWSERS_PATH", home: "/root/.cache/ms-playwright", folder: "/ms-playwright", failure: `is not there ("Executable doesn't exist")` },
  { tool: "pyppeteer", variable: "PYPPETEER_HOME", home: "/root/.local/share/pyppeteer", folder: "/opt/pyppeteer", failure: "is not there, and pyppeteer tries to download it at run time, where the filesystem is read-only" }
];
function browserDownload(name, args) {
  if (["uv", "poetry", "pipenv", "pdm", "hatch"].includes(name) && args[0] === "run" || ["pnpm", "npm"].includes(name) && ["exec", "dlx", "x"].includes(args[0] ?? "")) {
    const rest2 = args.slice(1).filter((a, i, all) => !a.startsWith("-") || all.slice(0, i).some((b) => !b.startsWith("-")));
    return rest2[0] ? browserDownload(rest2[0].replace(/@[\w.^~-]+$/, ""), rest2.slice(1)) : void 0;
  }
  if (name === "yarn" && args[0] && !args[0].startsWith("-")) return browserDownload(args[0], args.slice(1));
  const words = args.filter((a) => !a.startsWith("-"));
  let rest;
  if (name === "playwright") rest = words;
  else if (/^python(3(\.\d+)?)?$/.test(name) && args[0] === "-m" && args[1] === "playwright") rest = args.slice(2).filter((a) => !a.startsWith("-"));
  else if ((name === "npx" || name === "bunx") && /^playwright(@[\w.^~-]+)?$/.test(words[0] ?? "")) rest = words.slice(1);
  if (rest) return rest[0] === "install" ? BROWSER_DOWNLOADS[0] : void 0;
  if (name === "crawl4ai-setup") return BROWSER_DOWNLOADS[0];
  if (name === "pyppeteer-install") return BROWSER_DOWNLOADS[1];
  return void 0;
}
var LL107_file_not_readable_default = defineRule({
  code: "LL107",
  name: "file-not-readable",
  severity: "error",
  since: "0.1.0",
  sameAs: [],
  needs: { facts: ["lineage", "lambda"], dockerfile: true, context: true, history: true, image: {} },
  docs: {
    what: "Checks that the non-root user Lambda runs the function as can read the code. In a built image: files under the working directory, /var/task, /opt and /var/runtime that others cannot read (no o+r), directories there that others cannot search or list (no o+rx, also the parents of those directories), and bootstraps (/var/task/bootstrap, /opt/bootstrap, /var/runtime/bootstrap) that others cannot execute; the count, up to five paths with their mode and owner uid, and the layer that added them. The entrypoint named by the config is checked by LL102. From a Dockerfile (or the image history): `COPY --chmod=600` (or another mode without o+r) into those directories, `RUN chmod 600 / 700 / 640 / o-r / go-rwx` on them, and a bootstrap copied to where Lambda runs it without execute permission for others (its `--chmod`, or, with the build context at hand, the mode of the context file, which COPY keeps: a warning, since a copy of the files that lost the execute bit tells wrong) unless a later `RUN chmod` makes it executable; and a headless browser downloaded at build time (`playwright install`, also through python -m, npx, uv run, poetry run, pnpm exec; `crawl4ai-setup`, `pyppeteer-install`) where the function will not look for it at run time, on a base whose environment is known (a warning): into root's home with no download folder variable (PLAYWRIGHT_BROWSERS_PATH, PYPPETEER_HOME) in the image's ENV, into a folder the variable names for the build only (`RUN VAR=... playwright install`, an ARG), or before an ENV that names another folder; a later cp / mv out of the download folder clears it, and a HOME the Dockerfile sets is not judged. With the built image at hand only its filesystem is judged, since a later layer may have fixed the modes.",
    why: "Lambda runs the container as a least-privileged user that is not root and not the file owner (images-create.html: \"the default Lambda user must be able to read every file needed to run the function\"). A file the owner alone can read fails at import: `[Errno 13] Permission denied: '/var/task/app.py'` (Python), `EACCES: permission denied, open '/var/task/index.js'` (Node.js), `cannot load such file -- function` (Ruby); a bootstrap without o+x fails with `permission denied` (Runtime.InvalidEntrypoint). Files checked out with a restrictive umask, copied with `--chmod=600`, or made private with `chmod 700` all work under `docker run` as root and break only on Lambda.",
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=600 app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY --chmod=644 app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER
    },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-reqs",
      "https://github.com/awsdocs/aws-lambda-developer-guide/blob/main/doc_source/troubleshooting-deployment.md",
      "https://github.com/terraform-aws-modules/terraform-aws-lambda/issues/209",
      "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod"
    ]
  },
  messages: {
    unreadableFiles: {
      evidence: "image",
      text: "{{count}} {{kind}} under {{roots}} {{verb}} not {{access}} by others, and Lambda runs the function as a non-root user: {{paths}}{{more}}.",
      severity: "error",
      fix: "RUN chmod -R o+rX {{dirs}} in the layer that adds them (or COPY --chmod=644 for files, 755 for directories and executables)."
    },
    bootstrapNotExecutable: {
      evidence: "image",
      text: "The bootstrap {{path}} has mode {{mode}} (owner uid {{uid}}): the non-root Lambda user cannot execute it (permission denied, Runtime.InvalidEntrypoint).",
      severity: "error",
      fix: "chmod 755 {{path}} in the layer that adds it (or COPY --chmod=755)."
    },
    bootstrapCopiedNotExecutable: {
      text: '{{keyword}} puts the bootstrap at {{path}} with mode {{mode}} ({{why}}): the runtime cannot execute it, and every cold start fails with "permission denied" (Runtime.InvalidEntrypoint).',
      severity: "error",
      fix: "{{fix}}"
    },
    copyChmod: {
      text: '{{keyword}} --chmod={{mode}} into {{dest}} leaves the files unreadable by others; Lambda runs as a non-root user and fails with "Permission denied".',
      severity: "error",
      fix: "Use --chmod=644 for files (755 for directories and executables), or leave --chmod out."
    },
    browserInRootHome: {
      text: "`{{command}}` downloads the browser into {{into}}, but at run time {{tool}} looks in {{runAt}}: it {{failure}}.",
      severity: "warning",
      fix: "{{fix}}"
    },
    runChmod: {
      text: 'chmod {{mode}} {{path}} takes read access away from others; Lambda runs as a non-root user and fails with "Permission denied".',
      severity: "error",
      fix: "Use chmod 644 (files) / 755 (directories and executables), or chmod -R o+rX {{path}}."
    }
  },
  create(ctx) {
    const pending = [];
    const browsers = new BrowserDownloads();
    const bootstraps = /* @__PURE__ */ new Map();
    const roots = (wd) => [...READ_ROOTS, ...wd && wd !== "/" ? [wd] : []];
    const inRoots = (p, wd) => roots(wd).some((r) => pathWithin(p, r));
    const lineage = new Set(ctx.facts.lineage);
    let landedBootstraps;
    return {
      instruction(ins) {
        if (!ins.stage || !lineage.has(ins.stage)) return;
        const wd = ins.workdir;
        if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) {
          const mode = ins.flags.find((f) => f.name === "chmod")?.value;
          landedBootstraps ??= bootstrapsByCopy(ctx.facts.lambda.dockerfile?.files ?? []);
          const bootstrap = bootstrapCopy(ins, mode, ctx.context, landedBootstraps.get(ins) ?? []);
          if (bootstrap) return void bootstraps.set(bootstrap.data.path, bootstrap);
          if (!mode) return;
          const dest = ins.copy.dest;
          const denies = octalDeniesOthers(mode) || symbolicDeniesOthers(mode);
          if (!denies || dest.includes("$") || !inRoots(normalizePath(dest), wd)) return;
          pending.push({ messageId: "copyChmod", data: { keyword: ins.keyword, mode, dest }, at: ins });
          return;
        }
        if (ins.keyword !== "RUN") return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        let cwd = wd;
        for (const cmd of script.commands) {
          const name = commandName(cmd);
          if (name === "cd" && cmd.args[0] && cmd.literal[0]) cwd = cmd.args[0].startsWith("/") ? normalizePath(cmd.args[0]) : normalizePath(`${cwd}/${cmd.args[0]}`);
          browsers.command(name, cmd, ins);
          if (name === "find" && bootstraps.size) forgetFoundChmodded(bootstraps, cmd.args, (raw) => expand(raw, ins.scope, ctx.df.escape), cwd);
          if (name !== "chmod") continue;
          const args = cmd.args.filter((a, i) => !(a.startsWith("-") && /^-[RrfvcH]+$|^--/.test(a)) || !cmd.literal[i]);
          const mode = args[0];
          if (bootstraps.size && mode && grantsOthersExecute(mode)) forgetChmodded(bootstraps, args.slice(1).map((raw) => expand(raw, ins.scope, ctx.df.escape)), cwd);
          if (!mode || !(octalDeniesOthers(mode) || symbolicDeniesOthers(mode))) continue;
          for (const raw of args.slice(1)) {
            const p = expand(raw, ins.scope, ctx.df.escape);
            if (p.unresolved.length || p.value.includes("$")) continue;
            const abs = p.value.startsWith("/") ? normalizePath(p.value) : normalizePath(`${cwd}/${p.value}`);
            if (!inRoots(abs, wd)) continue;
            pending.push({ messageId: "runChmod", data: { mode, path: abs }, at: ins });
            break;
          }
        }
      },
      end() {
        if (ctx.image) return;
        for (const p of [...pending, ...bootstraps.values()]) ctx.report(p);
        for (const b of browsers.findings(ctx.target?.env)) ctx.report({ messageId: "browserInRootHome", ...b });
      },
      image(image) {
        const c = ctx.facts.lambda.image;
        const dirs = roots(c.workingDir ? c.workdir : "");
        const bad = /* @__PURE__ */ new Map();
        const add = (e, isDir) => {
          const g = bad.get(e.layer) ?? { files: [], dirs: [] };
          (isDir ? g.dirs : g.files).push(e);
          bad.set(e.layer, g);
        };
        const parents = /* @__PURE__ */ new Set();
        for (const r of dirs) for (let p = posix9.dirname(r); p !== "/"; p = posix9.dirname(p)) parents.add(p);
        for (const p of parents) {
          const e = image.files.get(p);
          if (e && e.type === "dir" && !e.implicit && (e.mode & 1) === 0) add(e, true);
        }
        const bootstraps2 = new Set(BOOTSTRAP_PATHS);
        for (const [path, e] of image.files) {
          if (e.implicit || !dirs.some((r) => pathWithin(path, r))) continue;
          if (e.type === "dir") {
            if ((e.mode & 5) !== 5) add(e, true);
          } else if (e.type === "file" || e.type === "hardlink") {
            if ((e.mode & 4) === 0) add(e, false);
            else if (bootstraps2.has(path) && (e.mode & 1) === 0) {
              ctx.report({ messageId: "bootstrapNotExecutable", data: { path, mode: octal(e.mode), uid: e.uid }, source: "image-layer", layer: e.layer });
            }
          }
        }
        for (const [layer, g] of [...bad.entries()].sort((a, b) => a[0] - b[0])) {
          const all = [...g.dirs, ...g.files];
          const shown = all.slice(0, MAX_PATHS).map((e) => `${e.path} (${octal(e.mode)}, uid ${e.uid})`).join(", ");
          const kind = g.files.length && g.dirs.length ? "files and directories" : g.dirs.length ? all.length === 1 ? "directory" : "directories" : all.length === 1 ? "file" : "files";
          const access = g.dirs.length && !g.files.length ? "readable and searchable" : g.dirs.length ? "readable (or, for directories, searchable)" : "readable";
          const top = [...new Set(all.map((e) => dirs.find((r) => pathWithin(e.path, r)) ?? posix9.dirname(e.path)))];
          ctx.report({
            messageId: "unreadableFiles",
            data: { count: all.length, kind, roots: top.join(", "), verb: all.length === 1 ? "is" : "are", access, paths: shown, more: all.length > MAX_PATHS ? ` and ${all.length - MAX_PATHS} more` : "", dirs: top.join(" ") },
            source: "image-layer",
            layer
          });
        }
      }
    };
  }
});

// rules/LL108-write-outside-tmp.ts
import { posix as posix10 } from "node:path";

// src/knowledge/python-names.ts
function normalizePyName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

// src/knowledge/writable-paths.ts
var RUNTIME_WRITERS = [
  {
    library: "numba cache",
    packages: ["numba", "librosa"],
    writesWithoutOptIn: ["librosa"],
    variables: ["NUMBA_CACHE_DIR"],
    usesXdgCache: true,
    offline: [],
    defaultPath: "~/.cache/numba",
    suggested: "NUMBA_CACHE_DIR=/tmp/numba_cache",
    severity: "error",
    effect: 'importing librosa (or any function compiled with cache=True) fails with "RuntimeError: cannot cache function ...: no locator available for file ..."',
    source: "https://github.com/librosa/librosa/issues/1868"
  },
  {
    library: "Hugging Face cache",
    packages: ["transformers", "huggingface-hub", "sentence-transformers"],
    writesWithoutOptIn: ["transformers", "huggingface-hub", "sentence-transformers"],
    variables: ["HF_HUB_CACHE", "TRANSFORMERS_CACHE", "HF_HOME"],
    usesXdgCache: true,
    offline: ["HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"],
    defaultPath: "~/.cache/huggingface",
    suggested: "HF_HOME=/tmp/huggingface",
    alternative: "; or download the model at build time into a directory of the image and set ENV HF_HUB_OFFLINE=1, so nothing is written at run time",
    severity: "warning",
    effect: 'downloading a model or tokenizer at run time, or refreshing a cached one whose revision moved, fails with "OSError: [Errno 30] Read-only file system"',
    source: "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"
  },
  {
    library: "matplotlib config and cache",
    packages: ["matplotlib"],
    writesWithoutOptIn: ["matplotlib"],
    variables: ["MPLCONFIGDIR"],
    usesXdgCache: false,
    offline: [],
    defaultPath: "~/.config/matplotlib",
    suggested: "MPLCONFIGDIR=/tmp/matplotlib",
    severity: "warning",
    effect: 'matplotlib falls back to a new temporary directory, logs "Matplotlib created a temporary cache directory" and rebuilds its font cache on every cold start',
    source: "https://matplotlib.org/stable/install/environment_variables_faq.html"
  }
];
var NPM_CACHE = {
  variables: ["NPM_CONFIG_CACHE", "npm_config_cache"],
  defaultPath: "~/.npm",
  source: "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client#usage"
};
function underTmp(path) {
  return path === "/tmp" || path.startsWith("/tmp/");
}

// src/knowledge/dependency-manifests.ts
var MANIFEST_PATTERNS = [
  // Python
  /^([\w.-]+[-_.])?requirements([-_.][\w.-]*)?\.(txt|in)$/i,
  /^constraints([-_.][\w.-]*)?\.txt$/i,
  /^pyproject\.toml$/,
  /^poetry\.lock$/,
  /^uv\.lock$/,
  /^Pipfile(\.lock)?$/,
  /^setup\.(py|cfg)$/,
  /^environment\.ya?ml$/,
  /^conda-lock\.ya?ml$/,
  /^\.python-version$/,
  /^pip\.conf$/,
  /^poetry\.toml$/,
  // Node.js
  /^package(-lock)?\.json$/,
  /^npm-shrinkwrap\.json$/,
  /^yarn\.lock$/,
  /^pnpm-(lock|workspace)\.yaml$/,
  /^bun\.lockb?$/,
  /^\.npmrc$/,
  /^\.yarnrc(\.yml)?$/,
  /^\.pnpmfile\.cjs$/,
  /^\.nvmrc$/,
  // Go
  /^go\.(mod|sum|work|work\.sum)$/,
  // Ruby
  /^Gemfile(\.lock)?$/,
  /\.gemspec$/,
  /^\.ruby-version$/,
  // Java
  /^pom\.xml$/,
  /^(build|settings)\.gradle(\.kts)?$/,
  /^gradle\.properties$/,
  /^gradlew(\.bat)?$/,
  /^mvnw(\.cmd)?$/,
  /^libs\.versions\.toml$/,
  // .NET
  /\.(cs|fs|vb)proj$/,
  /\.sln$/,
  /^Directory\.(Build|Packages)\.props$/,
  /^nuget\.config$/i,
  /^global\.json$/,
  /^packages\.lock\.json$/,
  // Rust
  /^Cargo\.(toml|lock)$/,
  /^rust-toolchain(\.toml)?$/
];
var MANIFEST_EXAMPLES = [
  "requirements.txt",
  "requirements-dev.txt",
  "constraints.txt",
  "pyproject.toml",
  "poetry.lock",
  "uv.lock",
  "Pipfile",
  "Pipfile.lock",
  "package.json",
  "package-lock.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "go.mod",
  "go.sum",
  "Gemfile",
  "Gemfile.lock",
  "pom.xml",
  "build.gradle",
  "build.gradle.kts",
  "settings.gradle",
  "App.csproj",
  "App.sln",
  "Cargo.toml",
  "Cargo.lock"
];
var DEPENDENCY_DIRS2 = ["wheels", "wheelhouse", "vendor", ".yarn", ".mvn", "gradle", "patches", ".cargo", "requirements", "prisma"];
var ARTIFACT_EXTENSIONS = [".whl", ".tar.gz", ".tgz", ".zip", ".jar", ".deb", ".rpm", ".gem", ".nupkg", ".crate"];
var BUILD_CONFIG_PATTERNS = [
  /^tsconfig([.-][\w.-]*)?\.json$/,
  /^jsconfig\.json$/,
  /^\.babelrc(\.\w+)?$/,
  /^babel\.config\.(js|cjs|mjs|json)$/,
  /^\.swcrc$/,
  /^(lerna|nx|turbo|nest-cli)\.json$/,
  /\.prisma$/,
  /^MANIFEST\.in$/,
  // Puppeteer's configuration: its install script reads cacheDirectory, where the browser goes (pptr.dev/guides/configuration).
  /^\.puppeteerrc(\.(cjs|js|json|ya?ml|toml))?$/,
  /^puppeteer\.config\.(cjs|js|mjs|ts)$/
];
var BUILD_CONFIG_EXAMPLES = ["tsconfig.json", "tsconfig.build.json", "jsconfig.json", ".babelrc", "babel.config.js", ".swcrc", "lerna.json", "nx.json", "turbo.json", "nest-cli.json", "schema.prisma", "MANIFEST.in", ".puppeteerrc.cjs", "puppeteer.config.cjs"];
function isBuildConfigName(base2) {
  return BUILD_CONFIG_PATTERNS.some((re) => re.test(base2));
}
function isManifestName(base2) {
  return MANIFEST_PATTERNS.some((re) => re.test(base2));
}
var ECOSYSTEMS = {
  pip: { manifests: "requirements.txt", prefetch: "pip install -r requirements.txt" },
  uv: { manifests: "pyproject.toml uv.lock", prefetch: "uv sync --frozen --no-install-project" },
  poetry: { manifests: "pyproject.toml poetry.lock", prefetch: "poetry install --no-root" },
  pipenv: { manifests: "Pipfile Pipfile.lock", prefetch: "pipenv install --deploy" },
  conda: { manifests: "environment.yml", prefetch: "conda env update -f environment.yml" },
  npm: { manifests: "package.json package-lock.json", prefetch: "npm ci" },
  yarn: { manifests: "package.json yarn.lock", prefetch: "yarn install --frozen-lockfile" },
  pnpm: { manifests: "package.json pnpm-lock.yaml", prefetch: "pnpm install --frozen-lockfile" },
  bun: { manifests: "package.json bun.lock", prefetch: "bun install --frozen-lockfile" },
  bundle: { manifests: "Gemfile Gemfile.lock", prefetch: "bundle install" },
  go: { manifests: "go.mod go.sum", prefetch: "go mod download" },
  mvn: { manifests: "pom.xml", prefetch: "mvn dependency:go-offline" },
  gradle: { manifests: "build.gradle settings.gradle", prefetch: "gradle dependencies" },
  dotnet: { manifests: "*.csproj", prefetch: "dotnet restore" },
  cargo: { manifests: "Cargo.toml Cargo.lock", prefetch: "cargo fetch" }
};
var PYTHON_LOCKS = ["uv.lock", "poetry.lock"];
function lockedPythonPackages(text) {
  return [...text.matchAll(/^\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"/gm)].map((m) => m[1]);
}

// rules/LL108-write-outside-tmp.ts
var PY_MANAGERS = /* @__PURE__ */ new Set(["pip", "uv", "poetry", "pipenv", "conda"]);
var TRUE = /* @__PURE__ */ new Set(["1", "true", "yes", "on"]);
function requirementNames(text, read, depth = 0) {
  const out = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const nested = /^(?:-r|--requirement)(?:\s+|=)(\S+)/.exec(line);
    if (nested) {
      if (depth < 2) {
        const body = read(nested[1]);
        if (body) out.push(...requirementNames(body, read, depth + 1));
      }
      continue;
    }
    if (line.startsWith("-")) continue;
    const name = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
    if (name) out.push(normalizePyName(name));
  }
  return out;
}
function baseName(p) {
  return p.split("/").filter(Boolean).pop() ?? p;
}
function isNpxRic(cmd) {
  return commandName(cmd) === "npx" && cmd.args.some((a) => a === "aws-lambda-ric" || a.startsWith("aws-lambda-ric@"));
}
function npxCacheOption(cmd) {
  for (let i = 0; i < cmd.args.length; i++) {
    const a = cmd.args[i];
    if (a === "--cache") return cmd.args[i + 1];
    if (a.startsWith("--cache=")) return a.slice("--cache=".length);
  }
  return void 0;
}
function envValue(env, name) {
  const s = env.get(name);
  if (!s || s.unresolved.length > 0) return void 0;
  return s;
}
var messages4 = {
  npxCache: {
    text: "ENTRYPOINT{{via}} starts the runtime client with `npx aws-lambda-ric`, and npm writes its cache to {{where}}, which is read-only on Lambda: {{consequence}}.",
    severity: "error",
    fix: "Add ENV NPM_CONFIG_CACHE=/tmp/.npm, as the aws-lambda-ric README does."
  },
  cacheOutsideTmp: {
    text: "{{variable}}={{value}} puts the {{library}} directory outside /tmp, and the image installs {{packages}}: on Lambda only /tmp is writable, so {{effect}}.",
    severity: "error",
    fix: "Use ENV {{suggested}}{{alternative}}."
  },
  defaultUnderHome: {
    text: "The image installs {{packages}} but nothing points the {{library}} directory at /tmp ({{variables}} unset), so it defaults to {{defaultPath}} in the home directory, which is read-only on Lambda; likely, {{effect}}.",
    severity: "warning",
    fix: "Add ENV {{suggested}}{{alternative}}."
  },
  nextCache: {
    text: "The image runs a Next.js server ({{launch}}), which writes its cache (pages it regenerates, fetched data, optimized images) to {{dir}}/.next/cache, outside /tmp: on Lambda those writes fail (EROFS: read-only file system).",
    severity: "warning",
    fix: "Link the cache to /tmp after copying the build: RUN ln -s /tmp/cache {{dir}}/.next/cache, as the Lambda Web Adapter's Next.js example does."
  }
};
var LL108_write_outside_tmp_default = defineRule({
  code: "LL108",
  name: "write-outside-tmp",
  severity: "error",
  since: "0.1.0",
  needs: { facts: ["env", "lambda", "lineage"], dockerfile: true, context: true, history: true },
  docs: {
    what: "Finds run-time writes outside /tmp, the only writable directory on Lambda: an ENTRYPOINT that starts `npx aws-lambda-ric` while the npm cache (NPM_CONFIG_CACHE, else ~/.npm) is not under /tmp; and cache variables (NUMBA_CACHE_DIR, HF_HOME / HF_HUB_CACHE / TRANSFORMERS_CACHE, MPLCONFIGDIR, or HOME / XDG_CACHE_HOME they default to) set outside /tmp while the library that writes there is installed (pip, uv or conda installs in the stages that make the image, requirements files read from the build context, and for an install of the project itself (`pip install .`, `uv sync`, or a requirements file the RUN exports) the packages its uv.lock or poetry.lock pins). When nothing points such a library at /tmp at all, librosa/numba, Hugging Face and matplotlib are reported as warnings: their default location is in the home directory, which is read-only on Lambda. A Next.js server (`node server.js` beside a copied .next/standalone, or `next start`) whose .next/cache is not linked to /tmp is a warning: Next.js writes its cache there.",
    why: 'Lambda mounts the image read-only; writes anywhere but /tmp fail with "OSError: [Errno 30] Read-only file system" or EROFS. `import librosa` dies at init with "RuntimeError: cannot cache function ...: no locator available for file ...", npx cannot create its cache before starting the runtime client, and a Hugging Face model download fails on the first invoke. matplotlib survives but rebuilds its font cache in a fresh temporary directory on every cold start. Locally, under `docker run`, the same image works, because the container filesystem is writable.',
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nENV NUMBA_CACHE_DIR=/var/task/.numba\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { "requirements.txt": "librosa==0.10.2\n", "app.py": "import librosa\n\ndef handler(event, context):\n    return librosa.__version__\n" }
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nENV NUMBA_CACHE_DIR=/tmp/numba_cache\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { "requirements.txt": "librosa==0.10.2\n", "app.py": "import librosa\n\ndef handler(event, context):\n    return librosa.__version__\n" }
    },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://github.com/aws/aws-lambda-nodejs-runtime-interface-client#usage",
      "https://github.com/librosa/librosa/issues/1868",
      "https://numba.readthedocs.io/en/stable/reference/envvars.html#envvar-NUMBA_CACHE_DIR",
      "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables",
      "https://matplotlib.org/stable/install/environment_variables_faq.html"
    ]
  },
  messages: messages4,
  create(ctx) {
    return {
      end() {
        const target = ctx.target;
        if (!target) return;
        checkNpx(ctx, target);
        checkWriters(ctx, () => ctx.facts.env);
        checkNextCache(ctx, target);
      }
    };
  }
});
function checkNextCache(ctx, target) {
  const ep = target.entrypoint?.value.exec;
  const argv = ep ? [...ep, ...target.cmd?.value.exec ?? []] : target.cmd?.value.exec;
  if (!argv?.length) return;
  const lineage = ctx.facts.lineage;
  const copies = lineage.flatMap((s) => s.instructions).filter((i) => i.copy?.sources.some((src) => /(^|\/)\.next(\/standalone)?\/?$/.test(src)));
  const server = posix10.basename(argv[0]) === "node" && argv.some((a) => /(^|\/)server\.js$/.test(a)) && copies.length > 0;
  const nextStart = argv.some((a, i) => /(^|\/)next$/.test(a) && argv[i + 1] === "start");
  if (!server && !nextStart) return;
  const linked = lineage.flatMap((s) => s.instructions).some((i) => i.keyword === "RUN" && ctx.df.shell(i)?.commands.some((c) => commandName(c) === "ln" && c.args.some((a) => /\.next\/cache\/?$/.test(a))));
  if (linked) return;
  const dir = (target.workdir?.value ?? "/").replace(/(.)\/+$/, "$1");
  ctx.report({ messageId: "nextCache", data: { launch: JSON.stringify(argv).replace(/","/g, '", "'), dir: dir === "/" ? "" : dir }, at: (ep ? target.entrypoint?.from : target.cmd?.from) ?? target.fromInstruction });
}
function checkNpx(ctx, target) {
  const ep = target.entrypoint;
  if (!ep?.from) return;
  const direct = entrypointCommands(ctx.df, ep.from, ep.value.exec).find(isNpxRic);
  const npx = direct ?? scriptCommands(ctx, ep.value.exec).find(isNpxRic);
  if (!npx) return;
  const via = direct ? "" : ` (through its script ${ep.value.exec[0]})`;
  const where = npmCacheOutsideTmp(npx, ctx.facts.env);
  if (where === void 0) return;
  const known = npmAtLeast86(target);
  ctx.report({ messageId: "npxCache", data: { via, where, consequence: known ? "npx fails (EROFS) before the function starts" : "with npm 8.6.0 or later (the npm of this base image is not known here) npx fails (EROFS) before the function starts" }, at: ep.from, severity: known ? "error" : "warning" });
}
function npmAtLeast86(target) {
  let root = target;
  while (root.base.stage) root = root.base.stage;
  const ref = root.base.ref;
  if (hubRepository(ref) !== "library/node" && hubRepository(ref) !== "node") return false;
  const m = /^(\d+)(?:\.(\d+))?/.exec(ref.tag ?? "latest");
  if (!m) return /^(latest|lts|current|slim|alpine|bookworm|bullseye|trixie|lts-|current-)/.test(ref.tag ?? "latest");
  const major = Number(m[1]);
  const minor = m[2] === void 0 ? void 0 : Number(m[2]);
  return major >= 17 || major === 16 && (minor === void 0 || minor >= 16);
}
function scriptCommands(ctx, exec) {
  if (!exec?.length) return [];
  const launch = ctx.facts.lambda.dockerfile?.classify(exec);
  const content = launch?.kind === "script" ? launch.script?.content : void 0;
  return content ? ctx.df.script(content).commands : [];
}
function entrypointCommands(df, from, exec) {
  if (!exec) return df.shell(from)?.commands ?? [];
  const name = baseName(exec[0] ?? "");
  if (name === "npx") return [{ name: "npx", args: exec.slice(1), literal: exec.slice(1).map(() => true), assignments: {}, text: exec.join(" "), pipeline: [], pipeIndex: 0, redirects: [], wrappers: [] }];
  if (isShell(name)) {
    const c = exec.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
    if (c > 0 && exec[c + 1]) return df.script(exec[c + 1]).commands;
  }
  return [];
}
function npmCacheOutsideTmp(npx, env) {
  const option = npxCacheOption(npx);
  if (option !== void 0) return underTmp(option) ? void 0 : `${option} (--cache)`;
  const inline = NPM_CACHE.variables.map((v) => npx.assignments[v]).find((v) => v !== void 0);
  if (inline !== void 0) return underTmp(inline) ? void 0 : inline;
  const cacheVar = NPM_CACHE.variables.map((v) => [v, env.get(v)]).find(([, s]) => s !== void 0);
  if (cacheVar) {
    const [name, s] = cacheVar;
    return s.unresolved.length === 0 && !underTmp(s.value) ? `${s.value} (${name})` : void 0;
  }
  const home = env.get("HOME");
  if (home && (home.unresolved.length > 0 || underTmp(home.value))) return void 0;
  return home ? `${NPM_CACHE.defaultPath} (HOME=${home.value})` : `${NPM_CACHE.defaultPath} in the home directory`;
}
function installedPython(ctx) {
  const { df } = ctx;
  const out = /* @__PURE__ */ new Map();
  const context = ctx.context;
  const read = (p) => context?.read(p.replace(/^\.\//, ""));
  for (const stage of df.stages) {
    if (!stage.reachesTarget) continue;
    for (const ins of stage.instructions) {
      if (ins.keyword !== "RUN") continue;
      for (const inst of installs(df.shell(ins))) {
        if (!PY_MANAGERS.has(inst.manager)) continue;
        for (const p of inst.packages) if (!out.has(normalizePyName(p))) out.set(normalizePyName(p), ins);
        if (!context) continue;
        let unread = false;
        for (const file of inst.files) {
          const body = requirementsBody(stage, ins, file, read);
          if (body === void 0) {
            unread = true;
            continue;
          }
          for (const name of requirementNames(body, read)) if (!out.has(name)) out.set(name, ins);
        }
        const project = inst.packages.some((p) => p === "." || p.startsWith("./")) || ["uv", "poetry", "pipenv"].includes(inst.manager) && ["sync", "install"].includes(inst.subcommand) && inst.packages.length === 0 || unread;
        if (!project) continue;
        for (const lock of PYTHON_LOCKS) {
          const body = requirementsBody(stage, ins, lock, read);
          if (body === void 0) continue;
          for (const name of lockedPythonPackages(body)) if (!out.has(normalizePyName(name))) out.set(normalizePyName(name), ins);
          break;
        }
      }
    }
  }
  return out;
}
function requirementsBody(stage, ins, file, read) {
  const wanted = baseName(file);
  for (const prior of stage.instructions) {
    if (prior.index >= ins.index) break;
    const copy = prior.copy;
    if (!copy || copy.from !== void 0) continue;
    for (const src of copy.sources) {
      if (baseName(src) === wanted) {
        const body = read(src);
        if (body !== void 0) return body;
      }
      if (src === "." || src === "./") {
        const body = read(file.startsWith("/") ? wanted : file);
        if (body !== void 0) return body;
      }
    }
  }
  return file.startsWith("/") || file.includes("$") ? read(wanted) : read(file);
}
function checkWriters(ctx, envOf) {
  const installed = installedPython(ctx);
  if (installed.size === 0) return;
  let known;
  for (const w of RUNTIME_WRITERS) {
    const present = w.packages.filter((p) => installed.has(p));
    if (present.length === 0) continue;
    const env = known ??= envOf();
    if (w.offline.some((v) => TRUE.has((env.get(v)?.value ?? "").toLowerCase()))) continue;
    if ([...w.variables, ...w.offline, "HOME", "XDG_CACHE_HOME"].some((v) => ctx.deploy?.envNames?.includes(v))) continue;
    const base2 = { library: w.library, effect: w.effect, suggested: w.suggested, alternative: w.alternative ?? "" };
    const own = w.variables.map((v) => [v, envValue(env, v)]).find(([, s]) => s !== void 0);
    if (own) {
      const [variable, s] = own;
      if (!underTmp(s.value) && s.from) {
        ctx.report({ messageId: "cacheOutsideTmp", severity: w.severity, data: { ...base2, variable, value: s.value, packages: present.join(", ") }, at: s.from });
      }
      continue;
    }
    if (w.variables.some((v) => env.has(v))) continue;
    const triggers = w.writesWithoutOptIn.filter((p) => installed.has(p));
    if (triggers.length === 0) continue;
    const fallbacks = [...w.usesXdgCache ? ["XDG_CACHE_HOME"] : [], "HOME"];
    const fb = fallbacks.map((v) => [v, env.get(v)]).find(([, s]) => s !== void 0);
    if (fb) {
      const [variable, s] = fb;
      if (s.unresolved.length > 0 || underTmp(s.value) || !s.from) continue;
      ctx.report({ messageId: "cacheOutsideTmp", severity: w.severity, data: { ...base2, variable, value: s.value, packages: triggers.join(", ") }, at: s.from });
      continue;
    }
    ctx.report({
      messageId: "defaultUnderHome",
      data: { ...base2, packages: triggers.join(", "), variables: [...w.variables, ...fallbacks].join(", "), defaultPath: w.defaultPath },
      at: installed.get(triggers[0])
    });
  }
}

// rules/LL109-package-manager-mismatch.ts
var SYSTEM2 = ["apt-get", "apt", "apk", "yum", "dnf", "microdnf"];
function osInfo(stage) {
  const kind = stage.base.kind;
  const aws = kind.kind === "aws";
  const missing = systemManagersMissing(kind.os, aws);
  switch (kind.os) {
    case "al2023":
      return aws ? { name: "the Amazon Linux 2023 minimal image", missing, use: "dnf (microdnf): dnf install -y <pkg> && dnf clean all" } : { name: "Amazon Linux 2023", missing, use: "dnf: dnf install -y <pkg> && dnf clean all" };
    case "al2":
      return { name: "Amazon Linux 2", missing, use: "yum: yum install -y <pkg> && yum clean all" };
    case "al1":
      return { name: "the Amazon Linux AMI (AL1)", missing, use: "yum: yum install -y <pkg> && yum clean all" };
    case "debian":
    case "ubuntu":
      return { name: kind.os === "debian" ? "Debian" : "Ubuntu", missing, use: "apt-get: apt-get update && apt-get install -y --no-install-recommends <pkg> && rm -rf /var/lib/apt/lists/*" };
    case "alpine":
      return { name: "Alpine", missing, use: "apk: apk add --no-cache <pkg>" };
    default:
      return void 0;
  }
}
var PROBES = /* @__PURE__ */ new Set(["which", "type", "hash", "whereis"]);
var LL109_package_manager_mismatch_default = defineRule({
  code: "LL109",
  name: "package-manager-mismatch",
  severity: "error",
  since: "0.1.0",
  needs: { facts: ["lineage"], dockerfile: true },
  docs: {
    what: "Checks that each RUN uses the package manager of its stage's base OS: yum on an AL2023 Lambda base (those have microdnf/dnf), dnf or microdnf on an Amazon Linux 2 base (yum only), apt-get/apt or apk on Amazon Linux, apt on Alpine, apk or yum on Debian/Ubuntu. The OS comes from the AWS base image's runtime (python:3.12 is AL2023, python:3.11 is AL2), from amazonlinux:2 / amazonlinux:2023, or from well-known distribution images; a stage FROM another stage inherits its OS. Stages whose OS is unknown, and stages the built target never uses, are skipped. Scripts that probe for the command (`command -v yum`) or fall back between managers are left alone.",
    why: "The RUN fails the build with `/bin/sh: yum: command not found` (exit code 127). It usually appears after a base image bump: moving from python:3.11 (AL2) to python:3.12 (AL2023) or from nodejs:18 to nodejs:20 silently changes yum to microdnf, and copying an apt-get line from a Debian-based tutorial onto a Lambda base never works.",
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN yum install -y gcc && yum clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN dnf install -y gcc && dnf clean all\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.aws.amazon.com/linux/al2023/ug/package-management.html",
      "https://docs.aws.amazon.com/linux/al2023/ug/minimal-container.html"
    ]
  },
  messages: {
    mismatch: {
      text: '{{manager}} does not exist on {{os}}, the OS of base image {{image}}: this RUN fails the build with "{{manager}}: command not found".',
      severity: "error",
      fix: "Use {{use}}; package names can differ between distributions."
    }
  },
  create(ctx) {
    const installedManagers = /* @__PURE__ */ new Map();
    const installedIn = (stage) => {
      const out = /* @__PURE__ */ new Set();
      for (const s of ctx.facts.lineageOf(stage)) for (const m of installedManagers.get(s) ?? []) out.add(m);
      return out;
    };
    return {
      instruction(ins) {
        if (ins.keyword !== "RUN" || !ins.stage || !ins.stage.reachesTarget) return;
        const stage = ins.stage;
        const os = osInfo(stage);
        if (!os) return;
        const used = [];
        let probes = false;
        const script = ctx.df.shell(ins);
        if (ins.exec) {
          const name = (ins.exec[0] ?? "").split("/").pop() ?? "";
          if (SYSTEM2.includes(name)) used.push({ manager: name, how: "exec" });
        } else if (script) {
          for (const mc of managerCommands(script)) {
            if (SYSTEM2.includes(mc.manager)) used.push({ manager: mc.manager, how: "shell" });
          }
          for (const cmd of script.commands) {
            const n = commandName(cmd);
            if (PROBES.has(n) || n === "command" && cmd.args[0] === "-v") probes = true;
          }
          if (script.commands.some((c) => c.wrappers.includes("command"))) probes = true;
        }
        const thisRunInstalls = new Set(installs(script).flatMap((i) => i.packages));
        const mine = installedManagers.get(stage) ?? /* @__PURE__ */ new Set();
        for (const p of thisRunInstalls) if (SYSTEM2.includes(p)) mine.add(p);
        installedManagers.set(stage, mine);
        if (used.length === 0 || probes) return;
        const names = new Set(used.map((u) => u.manager));
        if ([...names].some((m) => !os.missing.includes(m))) return;
        const already = installedIn(stage);
        const root = ctx.facts.lineageOf(stage).pop();
        for (const manager of names) {
          if (!os.missing.includes(manager) || already.has(manager)) continue;
          ctx.report({ messageId: "mismatch", data: { manager, os: os.name, image: root.base.expanded.value, use: os.use }, at: ins });
        }
      }
    };
  }
});

// rules/LL110-setting-ignored.ts
var IGNORED = {
  EXPOSE: "Lambda talks to the function through the Runtime API, not a port, and routes no traffic to exposed ports (the Lambda Web Adapter finds a web app through AWS_LWA_PORT or PORT, default 8080, not through EXPOSE)",
  VOLUME: "Lambda mounts no volumes: at run time only /tmp is writable, and EFS is attached through the function configuration",
  HEALTHCHECK: "Lambda never runs it; it judges the function by its init and invoke results on the Runtime API",
  STOPSIGNAL: "Lambda shuts execution environments down itself (extensions get a SHUTDOWN event) and never sends this signal"
};
var LL110_setting_ignored_default = defineRule({
  code: "LL110",
  name: "setting-ignored",
  severity: "info",
  since: "0.1.0",
  needs: { facts: ["lineage"], dockerfile: true, history: true },
  docs: {
    what: 'Reports image settings of the built image that Lambda ignores: EXPOSE, VOLUME, HEALTHCHECK, STOPSIGNAL and the effective USER, and ENV of a variable Lambda reserves and sets itself (listed below, "Reserved variables"). Only the target stage and the stages it is built FROM count; builder stages whose files are merely copied are not reported. LAMBDA_TASK_ROOT=/var/task and LAMBDA_RUNTIME_DIR=/var/runtime, the values Lambda sets anyway, are the conventional custom-base pattern and stay quiet; AWS credential variables are left to the secret rule (LL202).',
    why: 'Lambda honours only ENTRYPOINT, CMD, WORKDIR and ENV of an image and "ignores the values of any unsupported container image settings". Settings written for Docker or ECS then suggest behaviour that never happens: a HEALTHCHECK that never runs, an EXPOSE nothing connects to, a USER the function does not run as (Lambda picks its own non-root user, so files readable only by that USER or root fail with "Permission denied"), or ENV AWS_REGION=us-east-1 that Lambda replaces with the real Region at run time.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nENV AWS_REGION=us-east-1\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nEXPOSE 8080\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nENV APP_REGION=us-east-1\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      RESERVED_ENV_SOURCE,
      "https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-deployment.html"
    ],
    tables: [
      {
        title: "Reserved variables",
        intro: `The variables Lambda sets itself at run time, replacing a value the image gives (src/knowledge/reserved-env.ts, from ${RESERVED_ENV_SOURCE}). Credential variables are reported by LL202 instead.`,
        columns: ["variable", "what Lambda sets", "value"],
        rows: () => RESERVED_ENV.map((e) => [e.name, e.meaning, e.lambdaValue ?? (e.credential ? "(the execution role credentials)" : "-")])
      }
    ]
  },
  messages: {
    ignoredSetting: {
      text: "{{keyword}} has no effect on Lambda: {{detail}}.",
      severity: "info",
      fix: "Remove the {{keyword}} line, or keep it only if the same image also runs outside Lambda."
    },
    userIgnored: {
      text: 'USER {{user}} has no effect on Lambda: the function runs as a non-root user Lambda chooses, so every file it reads must be readable by others (and directories searchable), or it fails with "Permission denied" (EACCES / Errno 13).',
      severity: "info",
      fix: "Remove USER {{user}} from the final image (or keep it for other platforms) and make the code world-readable, e.g. RUN chmod -R o+rX {{codeDir}}."
    },
    reservedEnv: {
      text: "ENV {{name}}{{value}} has no effect on Lambda: Lambda sets {{name}} ({{meaning}}) itself{{lambdaValue}} and replaces the value of the image.",
      severity: "info",
      fix: "Remove {{name}} from ENV and read the value Lambda provides at run time; for local runs pass it with docker run -e {{name}}=..."
    }
  },
  create(ctx) {
    return {
      end() {
        const target = ctx.target;
        if (!target) return;
        const lineage = ctx.facts.lineageOf(target).reverse();
        for (const stage of lineage) {
          for (const ins of stage.instructions) {
            const detail = IGNORED[ins.keyword];
            if (detail) {
              ctx.report({ messageId: "ignoredSetting", data: { keyword: ins.keyword, detail }, at: ins });
              continue;
            }
            if (ins.keyword !== "ENV") continue;
            for (const p of ins.properties) {
              const reserved = reservedEnv(p.name);
              if (!reserved || reserved.credential) continue;
              const value = expand(p.value ?? "", ins.scope, ctx.df.escape).value;
              if (reserved.lambdaValue !== void 0) {
                const same = value.startsWith("/") && normalizePath(value) === reserved.lambdaValue;
                if (same) continue;
              }
              ctx.report({
                messageId: "reservedEnv",
                data: {
                  name: p.name,
                  value: value ? `=${value}` : "",
                  meaning: reserved.meaning,
                  lambdaValue: reserved.lambdaValue ? ` to ${reserved.lambdaValue}` : ""
                },
                at: ins
              });
            }
          }
        }
        const user = target.user;
        const codeDir = target.env.has("LAMBDA_TASK_ROOT") ? "${LAMBDA_TASK_ROOT}" : target.workdir?.value && target.workdir.value !== "/" ? target.workdir.value : "<code folder>";
        if (user?.from) ctx.report({ messageId: "userIgnored", data: { user: user.value, codeDir }, at: user.from });
      }
    };
  }
});

// rules/LL111-zip-setting-on-image.ts
var DOCKERFILE = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
var HANDLER = 'def handler(event, context):\n    return {"ok": True}\n';
var template = (extra) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      PackageType: Image
${extra}    Metadata:
      Dockerfile: Dockerfile
      DockerContext: .
`;
var REJECTION = {
  sam: 'the SAM transform rejects the template ("Runtime, Handler, Layers cannot be present when PackageType is of type `Image`")',
  lambda: `CreateFunction rejects it ("Please don't provide Handler or Runtime or Layer when the intended function PackageType is Image")`
};
var LL111_zip_setting_on_image_default = defineRule({
  code: "LL111",
  name: "zip-setting-on-image",
  severity: "error",
  since: "0.1.0",
  needs: { dockerfile: true, deploy: true },
  docs: {
    what: "Checks that an image function of a SAM or CloudFormation template (CDK cloud assemblies included) or a Terraform aws_lambda_function (`runtime`, `handler`, `layers`) sets none of the properties only .zip functions take: `Runtime`, `Handler` and `Layers`, whether on the function itself or, for SAM, through `Globals.Function`, which SAM applies to every function of the template, image functions included. A value given by `!If` (it may resolve to `AWS::NoValue`), `!Ref AWS::NoValue`, an empty string and an empty list are not reported.",
    why: 'An image function gets its runtime and handler from the image (ENTRYPOINT and CMD, or ImageConfig), and has no layers: what a layer would hold is copied into the image. The SAM transform refuses such a function ("Runtime, Handler, Layers cannot be present when PackageType is of type `Image`"), and so does Lambda\'s CreateFunction for a plain CloudFormation function ("Please don\'t provide Handler or Runtime or Layer when the intended function PackageType is Image"): the stack fails at deploy time. A template that mixes .zip and image functions meets this through Globals: a `Runtime` or `Layers` in `Globals.Function` reaches the image functions too.',
    bad: { dockerfile: DOCKERFILE, context: { "app.py": HANDLER, "template.yaml": template("      Runtime: python3.12\n      Handler: app.handler\n") } },
    good: { dockerfile: DOCKERFILE, context: { "app.py": HANDLER, "template.yaml": template("      MemorySize: 512\n") } },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html",
      "https://github.com/aws/serverless-application-model/blob/develop/samtranslator/model/sam_resources.py",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html"
    ]
  },
  messages: {
    zipSetting: {
      text: "The image function {{fn}} sets {{names}}, which only .zip functions take: {{rejection}}. An image function gets its runtime and handler from the image (ENTRYPOINT and CMD, or ImageConfig) and has no layers.",
      severity: "error",
      fix: "Remove {{names}} from {{fn}}; set the handler with CMD in the Dockerfile or {{command}}{{layerFix}}."
    },
    globalSetting: {
      text: "Globals.Function sets {{names}}, which SAM applies to every function, the image function {{fn}} included: {{rejection}}.",
      severity: "error",
      fix: "Give the image function IgnoreGlobals: [{{list}}] (a resource attribute beside Type and Properties), or move {{names}} from Globals.Function to each .zip function of the template."
    }
  },
  create(ctx) {
    return {
      end() {
        const fn = ctx.deploy;
        if (!fn?.zipOnly?.length) return;
        const rejection = fn.kind === "cloudformation" || fn.kind === "cdk" || fn.kind === "terraform" ? REJECTION.lambda : REJECTION.sam;
        for (const fromGlobals of [false, true]) {
          const settings = fn.zipOnly.filter((s) => s.fromGlobals === fromGlobals);
          if (!settings.length) continue;
          const tf = fn.kind === "terraform";
          const names = settings.map((s) => tf ? s.name.toLowerCase() : s.name).join(" and ").replace(/ and (?=.* and )/g, ", ");
          const layerFix = settings.some((s) => s.name === "Layers") ? ", and copy what the layers hold into the image (COPY, or RUN to install it)" : "";
          ctx.report({ messageId: fromGlobals ? "globalSetting" : "zipSetting", data: { fn: fn.id, names, rejection, layerFix, list: settings.map((x) => x.name).join(", "), command: tf ? "image_config { command = [...] }" : "ImageConfig.Command" }, at: settings[0].at });
        }
      }
    };
  }
});

// rules/LL112-reserved-env-in-config.ts
var DOCKERFILE2 = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
var HANDLER2 = 'def handler(event, context):\n    return {"ok": True}\n';
var template2 = (vars) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      PackageType: Image
      Environment:
        Variables:
${vars}    Metadata:
      Dockerfile: Dockerfile
      DockerContext: .
`;
var LL112_reserved_env_in_config_default = defineRule({
  code: "LL112",
  name: "reserved-env-in-config",
  severity: "error",
  since: "0.1.0",
  needs: { dockerfile: true, deploy: true },
  docs: {
    what: "Checks that the environment a deploy configuration gives an image function sets none of the keys Lambda reserves (the Reserved keys table below): SAM and CloudFormation `Environment.Variables` (with SAM's `Globals.Function`), Serverless Framework `environment` of the function or of `provider`, Terraform `environment { variables }` of aws_lambda_function. A value `!Ref AWS::NoValue` leaves the key out, and an `!If` with such a branch may: neither is reported. The same keys set with ENV in the image are LL110's (Lambda replaces them at run time).",
    why: "Lambda sets these variables itself (the Region, the function name and memory, the execution role's credentials, the Runtime API address, the handler). CreateFunction and UpdateFunctionConfiguration refuse a configuration that sets one: \"Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION\", and the stack or `terraform apply` fails. The code reads the values Lambda sets (AWS_REGION is always the function's Region); a value of your own needs another name.",
    bad: { dockerfile: DOCKERFILE2, context: { "app.py": HANDLER2, "template.yaml": template2("          AWS_REGION: eu-west-1\n          TABLE: orders\n") } },
    good: { dockerfile: DOCKERFILE2, context: { "app.py": HANDLER2, "template.yaml": template2("          TABLE_REGION: eu-west-1\n          TABLE: orders\n") } },
    references: [
      RESERVED_ENV_SOURCE,
      "https://docs.aws.amazon.com/lambda/latest/api/API_Environment.html",
      "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html"
    ],
    tables: [
      {
        title: "Reserved keys",
        intro: "The keys Lambda reserves (src/knowledge/reserved-env.ts), with what Lambda sets them to.",
        columns: ["key", "Lambda sets"],
        rows: () => RESERVED_ENV.map((e) => [`\`${e.name}\``, e.meaning])
      }
    ]
  },
  messages: {
    reservedKey: {
      text: 'The function {{fn}} sets the environment {{variables}} {{names}}{{from}}, which Lambda reserves: the deploy fails ("Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys ... Reserved keys used in this request: {{list}}"). Lambda sets {{them}} itself.',
      severity: "error",
      fix: "Remove {{names}} from the environment{{fromFix}}; read the {{values}} Lambda sets, or give your own {{values}} {{otherNames}} (for example MY_{{first}})."
    }
  },
  create(ctx) {
    return {
      end() {
        const fn = ctx.deploy;
        if (!fn?.reservedEnv?.length) return;
        for (const from of [void 0, "Globals.Function", "provider.environment"]) {
          const settings = fn.reservedEnv.filter((s) => s.from === from);
          if (!settings.length) continue;
          const keys = settings.map((s) => s.name);
          const names = keys.join(" and ").replace(/ and (?=.* and )/g, ", ");
          ctx.report({
            messageId: "reservedKey",
            data: { fn: fn.id, names, variables: keys.length === 1 ? "variable" : "variables", list: keys.join(", "), them: keys.length === 1 ? "it" : "them", from: from ? ` (through ${from})` : "", fromFix: from ? ` (in ${from}, which reaches every function)` : "", values: keys.length === 1 ? "value" : "values", otherNames: keys.length === 1 ? "another name" : "other names", first: keys[0] },
            at: settings[0].at
          });
        }
      }
    };
  }
});

// rules/LL201-base-image-unpinned.ts
var LL201_base_image_unpinned_default = defineRule({
  code: "LL201",
  name: "base-image-unpinned",
  severity: "error",
  since: "0.1.0",
  sameAs: ["hadolint DL3006", "hadolint DL3007"],
  securitySeverity: 5,
  needs: { facts: ["lineage", "lambdaEvidence"], dockerfile: true, context: true },
  options: {
    "trusted-registries": {
      description: "Registries you mirror and pin yourself (e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com); base images from them need no digest.",
      schema: { type: "array", items: { type: "string", minLength: 1 } },
      default: []
    }
  },
  docs: {
    what: "Checks that every FROM, and every `COPY --from` that names an image rather than a stage (`COPY --from=public.ecr.aws/awsguru/aws-lambda-adapter:0.9.1 /lambda-adapter /opt/extensions/lambda-adapter`: the files it copies ship as the base image's do), names a tag other than `latest` or a latest tag of a platform or variant (`latest-x86_64`, `latest-arm64`; after ARG resolution) and, ideally, a digest. A `RUN --mount=from=<image>` (the uv image the uv docs mount) is judged the same way, as a warning: its files are used while building and do not ship. Stage aliases and `scratch` are exempt; an ARG with no default used as the tag, or as the whole image (`FROM ${BASE}`), is a warning: the build passes its value (without one the reference is empty and the build fails), which this tool cannot see, and nothing in the Dockerfile pins it. A missing tag or `latest` is an error on the stages a Lambda image ships (the target and what it is built FROM); on a build stage that is only copied from, and on an image with no sign of Lambda (LL100), it is a warning, as in hadolint. A missing digest is reported once per image, not on every FROM of it. A `COPY --from` value that is a bare name (`COPY --from=assets`) with no registry, tag or digest may be a named build context (`docker buildx build --build-context assets=...`) and is not judged.",
    why: "A base image without a tag, or with `latest`, changes under you: the next build may bring another runtime version, another OS (AL2 to AL2023 changes yum to dnf), or a broken release, and Lambda cannot tell you which. A tag without a digest is mutable too: AWS republishes base image tags weekly, so two builds of the same commit can differ. Pinning the digest makes builds reproducible; update it on purpose (Dependabot and Renovate both understand digests).",
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: PYTHON_HANDLER },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n', context: PYTHON_HANDLER },
    references: [
      "https://docs.docker.com/reference/dockerfile/#from",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://github.com/hadolint/hadolint/wiki/DL3007"
    ]
  },
  messages: {
    noTag: { text: 'Base image "{{image}}" has no tag, so it means :latest and changes with every release.', severity: "error", fix: "Pin a tag and a digest: FROM {{image}}:<tag>@sha256:<digest>." },
    latest: { text: 'Base image "{{image}}" uses the tag {{tag}}, which changes with every release.', severity: "error", fix: "Pin a version tag and a digest instead of latest." },
    unresolvedTag: { text: 'The tag of base image "{{image}}" comes from ARG {{arg}}, which has no default: the tag is whatever the build passes, and a build without --build-arg {{arg}}=... {{consequence}}.', severity: "warning", fix: "Give ARG {{arg}} a default version, or pass it with --build-arg." },
    unresolvedImage: { text: 'Base image "{{image}}" comes from ARG {{arg}}, which has no default: the image and its tag are whatever the build passes, so nothing pins them.', severity: "warning", fix: "Give ARG {{arg}} a default that pins a tag and a digest (ARG {{arg}}=<image>:<tag>@sha256:<digest>), or pass it with --build-arg." },
    noDigest: { text: 'Base image "{{image}}" is pinned by tag only; the tag can be moved to other content.', severity: "warning", fix: "Add the digest: FROM {{image}}@sha256:<digest> (docker buildx imagetools inspect {{image}} prints it)." },
    copyNoTag: { text: '{{how}} takes files from the image "{{image}}", which has no tag, so it means :latest and the {{files}} change with every release.', severity: "error", fix: "Pin a tag and a digest: {{copy}} (docker buildx imagetools inspect {{image}}:<tag> prints the digest)." },
    copyLatest: { text: '{{how}} takes files from the image "{{image}}" by the tag {{tag}}, which changes with every release.', severity: "error", fix: "Pin a version tag and a digest: {{copy}} (docker buildx imagetools inspect {{repo}}:<tag> prints the digest)." },
    copyNoDigest: { text: '{{how}} takes files from the image "{{image}}", pinned by tag only; the tag can be moved to other content.', severity: "warning", fix: "Add the digest: {{copy}} (docker buildx imagetools inspect {{image}} prints it)." }
  },
  create(ctx) {
    const trusted = new Set(ctx.options["trusted-registries"]);
    const warned = /* @__PURE__ */ new Set();
    let lambda;
    const severityOf = (stage) => {
      lambda ??= ctx.config.lambda ?? (ctx.deploy !== void 0 || ctx.mode !== "dockerfile" || ctx.facts.lambdaEvidence.length > 0);
      return lambda && ctx.facts.lineage.includes(stage) ? "error" : "warning";
    };
    const checkCopyFrom = (ins, from, severity, mount = false) => {
      if (/^\d+$/.test(from) || from.includes("$") || !/[/:@]/.test(from) || !isValidReference(from)) return;
      const ref = parseImageRef(from);
      if (ref.digest || ref.registry && trusted.has(ref.registry)) return;
      const repo = ref.tag !== void 0 ? from.slice(0, from.length - ref.tag.length - 1) : from;
      const copy = (pinned) => mount ? mountLine(ins, from, pinned) : copyLine(ins, pinned);
      const how = mount ? "RUN --mount=from" : "COPY --from";
      const files = mount ? "tools the build uses" : "copied files";
      if (!ref.tag) ctx.report({ messageId: "copyNoTag", data: { how, files, image: from, copy: copy(`${from}:<tag>@sha256:<digest>`) }, at: ins, severity });
      else if (/^latest(?:[-_.][\w.-]*)?$/i.test(ref.tag)) ctx.report({ messageId: "copyLatest", data: { how, image: from, tag: ref.tag, repo, copy: copy(`${repo}:<tag>@sha256:<digest>`) }, at: ins, severity });
      else if (!warned.has(from)) {
        warned.add(from);
        ctx.report({ messageId: "copyNoDigest", data: { how, image: from, copy: copy(`${from}@sha256:<digest>`) }, at: ins });
      }
    };
    return {
      instruction(ins) {
        if (ins.keyword === "COPY" && ins.copy?.from !== void 0 && !ins.copy.fromStage && ins.stage) {
          checkCopyFrom(ins, ins.copy.from, severityOf(ins.stage));
          return;
        }
        if (ins.keyword === "RUN" && ins.stage) {
          for (const from of mountImages(ins)) if (!ctx.df.stageByName(from)) checkCopyFrom(ins, from, "warning", true);
          return;
        }
        if (ins.keyword !== "FROM" || !ins.stage) return;
        const base2 = ins.stage.base;
        if (base2.stage || base2.scratch || !base2.written) return;
        const image = base2.expanded.value;
        if (base2.expanded.unresolved.length === 0 && !isValidReference(image)) return;
        const { ref } = base2;
        if (base2.expanded.unresolved.length > 0) {
          const tagPart = /:([^/@]*)(@|$)/.exec(base2.written)?.[1] ?? "";
          const arg = base2.expanded.unresolved.find((a) => tagPart.includes(a));
          const left = tagPart.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "");
          const consequence = !/^[\w][\w.-]{0,127}$/.test(left) ? `fails (the tag is then ${left === "" ? "empty" : `"${left}"`}: "invalid reference format")` : `pulls the tag ${left}`;
          if (arg) ctx.report({ messageId: "unresolvedTag", data: { image: base2.written, arg, consequence }, at: ins, severity: "warning" });
          else if (!/[^$]*[:@]/.test(base2.written.replace(/\$\{[^}]*\}/g, "$"))) ctx.report({ messageId: "unresolvedImage", data: { image: base2.written, arg: base2.expanded.unresolved[0] }, at: ins, severity: "warning" });
          return;
        }
        if (ref.digest) return;
        if (!ref.tag) {
          ctx.report({ messageId: "noTag", data: { image }, at: ins, severity: severityOf(ins.stage) });
          return;
        }
        if (/^latest(?:[-_.][\w.-]*)?$/i.test(ref.tag)) {
          ctx.report({ messageId: "latest", data: { image, tag: ref.tag }, at: ins, severity: severityOf(ins.stage) });
          return;
        }
        if (ref.registry && trusted.has(ref.registry)) return;
        if (warned.has(image)) return;
        warned.add(image);
        ctx.report({ messageId: "noDigest", data: { image }, at: ins });
      }
    };
  }
});
function mountImages(ins) {
  return mountOptions(ins.flags).flatMap((kv) => kv.get("from") ?? []);
}
function mountLine(ins, from, pinned) {
  const flags = ins.flags.map((f) => f.name === "mount" && f.value ? `--mount=${f.value.split(",").map((kv) => kv.trim() === `from=${from}` ? `from=${pinned}` : kv).join(",")}` : flagText(f));
  return ["RUN", ...flags, "..."].join(" ");
}
function copyLine(ins, from) {
  return withFlag(ins, "from", from);
}

// src/knowledge/secrets.ts
var EXAMPLE_VALUE = /EXAMPLE/i;
function lowEntropy(token) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < token.length && seen.size < 10; i++) seen.add(token[i]);
  return seen.size < 10;
}
function acceptMatch(pattern, m, text) {
  const value = m[0];
  if (EXAMPLE_VALUE.test(value) || lowEntropy(pattern.id === "private-key" ? text.slice(m.index, m.index + 120) : value)) return false;
  return pattern.accept ? pattern.accept(m, text) : true;
}
var findTables;
var tokenTables2 = () => findTables ??= { hint: keywordRegExp(TOKEN_PATTERNS), res: TOKEN_PATTERNS.map((p) => new RegExp(p.re.source, `${p.re.flags.replace("g", "")}g`)) };
function findToken(text) {
  if (text.length < 16) return void 0;
  const { hint, res } = tokenTables2();
  hint.lastIndex = 0;
  if (!hint.test(text)) return void 0;
  for (let i = 0; i < TOKEN_PATTERNS.length; i++) {
    const pattern = TOKEN_PATTERNS[i];
    const re = res[i];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (acceptMatch(pattern, m, text)) return { pattern, match: m[pattern.group ?? 0] };
    }
  }
  return void 0;
}
function findUrlCredentials(text) {
  if (!text.includes("://") || !text.includes("@")) return void 0;
  const re = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,30}:\/\/([^\s:@/'"]{1,256}):([^\s@/'"]{0,256})@[^\s/'"]{1,256}/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const password = m[2];
    if (password === "" || password.includes("$") || isPlaceholder(password)) continue;
    return { url: m[0], password };
  }
  return void 0;
}
function isReference(value) {
  const v = value.trim();
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*(:?[-+][^}]*)?\}?$/.test(v) || /^arn:aws[a-z-]*:(secretsmanager|ssm|kms|iam|sts):/.test(v) || /^\{\{resolve:(secretsmanager|ssm|ssm-secure):/.test(v) || /^(ssm|secretsmanager|vault|sm|op|awssm|file|env):/.test(v) || /^\/aws\/reference\/secretsmanager\//.test(v) || /^(\/|\.\/|~\/)[^\s]*$/.test(v);
}
var PLACEHOLDERS = /^(changeme|change[-_]?me|change[-_]?it|replace[-_]?me|placeholder|dummy|example|sample|test|testing|secret|password|passwd|token|your[-_a-z]*|my[-_]?(secret|password|token)|todo|tbd|fixme|none|null|nil|undefined|unset|empty|redacted|false|true|yes|no|on|off|enabled|disabled|[xX*.#_-]+|0|1|<[^>]*>|\{\{[^}]*\}\}|\[[^\]]*\]|%[A-Za-z_]+%)$/i;
function isPlaceholder(value) {
  return PLACEHOLDERS.test(value.trim());
}
function isSecretValue(value) {
  const v = value.trim();
  return v !== "" && !isPlaceholder(v) && !isReference(v) && !EXAMPLE_VALUE.test(v);
}
function isCredentialSlotValue(value) {
  const v = value.trim();
  return v !== "" && !isPlaceholder(v) && !isReference(v);
}
var hasPrivateKey = (t) => /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----/.test(t);
var npmrcHasToken = (t) => /(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*["']?(?!\$\{?)[^\s"'$]{6,}/.test(t);
var iniHasPassword = (t) => /^\s*password\s*[=:]\s*(?!\$\{?)\S{3,}/im.test(t) || findUrlCredentials(t) !== void 0 || findToken(t) !== void 0;
var netrcHasPassword = (t) => /\bpassword\s+(?!\$\{?)\S{3,}/.test(t) || findToken(t) !== void 0;
var awsCredentials = (t) => /aws_secret_access_key\s*=\s*\S{16,}/i.test(t) || findToken(t) !== void 0;
var serviceAccountKey = (t) => /"type"\s*:\s*"service_account"/.test(t) && /"private_key"\s*:\s*"-----BEGIN/.test(t);
var dockerConfigAuth = (t) => /"auth"\s*:\s*"[A-Za-z0-9+/=]{8,}"/.test(t);
function dotenvHasSecret(t) {
  if (findToken(t) || findUrlCredentials(t)) return true;
  for (const line of t.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const value = m[2].trim().replace(/^(['"])(.*)\1$/, "$2");
    if (isSecretName(m[1]) && isSecretValue(value)) return true;
  }
  return false;
}
var SECRET_FILES = [
  { match: /^\.env(\.(?!example$|sample$|template$|dist$|defaults?$|schema$)[\w.-]+)?$/i, kind: "dotenv file", content: dotenvHasSecret, byName: true },
  { match: /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/, kind: "SSH private key", content: hasPrivateKey, byName: true },
  { match: /\.(key|p12|pfx|jks|keystore)$/i, kind: "private key", content: hasPrivateKey, byName: true },
  // A .pem named as a private key (private-key.pem, app.private_key.pem, Let's Encrypt's privkey.pem) is one by name
  // when its content cannot be read; any other .pem is often just a CA bundle or a certificate: only its content decides.
  { match: /(private[-_.]?key|privkey)[\w.-]*\.pem$/i, kind: "private key", content: hasPrivateKey, byName: true },
  { match: /\.pem$/i, kind: "private key", content: hasPrivateKey, byName: false },
  { match: /(^|\/)\.aws\/credentials$/, kind: "AWS credentials file", content: awsCredentials, byName: true },
  { match: /^credentials$/, kind: "credentials file", content: awsCredentials, byName: false },
  { match: /^(\.npmrc|npmrc|\.yarnrc\.yml)$/, kind: "npm config with an auth token", content: npmrcHasToken, byName: false },
  { match: /^(\.pypirc|pip\.conf|pip\.ini)$/, kind: "Python package index credentials", content: iniHasPassword, byName: false },
  { match: /^(\.netrc|_netrc)$/, kind: "netrc with a password", content: netrcHasPassword, byName: true },
  { match: /^\.git-credentials$/, kind: "git credentials", content: iniHasPassword, byName: true },
  { match: /(^|\/)\.docker\/config\.json$/, kind: "Docker registry credentials", content: dockerConfigAuth, byName: false },
  // Named as a service-account key or credentials (google_service_account_creds.json, credentials.json): by name when
  // the content cannot be read; the content decides when it can.
  // The Firebase console names its Admin SDK keys <project>-firebase-adminsdk-<id>.json.
  { match: /^(?![\w.-]*(example|sample|template|schema))[\w.-]*(service[-_]?account|credentials|creds|firebase[-_]adminsdk)[\w.-]*\.json$/i, kind: "service-account key", content: serviceAccountKey, byName: true },
  // The name the Google Cloud console gives a downloaded key: <project id>-<first 12 hex digits of the key id>.json
  // (my-project-1a2b3c4d5e6f.json; project ids are 6-30 lower-case letters, digits and hyphens). Source: Google Cloud
  // IAM docs, https://cloud.google.com/iam/docs/keys-create-delete
  { match: /^[a-z][a-z0-9-]{4,28}[a-z0-9]-[0-9a-f]{12}\.json$/, kind: "service-account key", content: serviceAccountKey, byName: true },
  { match: /\.json$/i, kind: "service-account key", content: serviceAccountKey, byName: false, keyNamesOnly: true }
];
var KEY_JSON_NAME = /(service[-_]?account|credential|key|secret|gcp|google|firebase|(^|[-_])sa([-_.]|$))/i;
var SPEC_TARGETS = SECRET_FILES.map((spec) => ({ spec, byPath: spec.match.source.includes("\\/") }));
var ANY_BY_BASE = new RegExp(SPEC_TARGETS.filter((t) => !t.byPath).map((t) => `(?:${t.spec.match.source})`).join("|"), "i");
var ANY_BY_PATH = new RegExp(SPEC_TARGETS.filter((t) => t.byPath).map((t) => `(?:${t.spec.match.source})`).join("|"), "i");
function secretFileSpec(path) {
  let known = SPEC_MEMO.get(path);
  if (known === void 0) {
    known = specOf(path) ?? null;
    if (SPEC_MEMO.size >= 4096) SPEC_MEMO.clear();
    SPEC_MEMO.set(path, known);
  }
  return known ?? void 0;
}
var SPEC_MEMO = /* @__PURE__ */ new Map();
function specOf(path) {
  const p = path.endsWith("/") ? path.replace(/\/+$/, "") : path;
  const base2 = p.slice(p.lastIndexOf("/") + 1);
  if (!ANY_BY_BASE.test(base2) && !ANY_BY_PATH.test(p)) return void 0;
  for (const { spec, byPath } of SPEC_TARGETS) {
    if (!spec.match.test(byPath ? p : base2)) continue;
    if (spec.keyNamesOnly && !KEY_JSON_NAME.test(base2)) continue;
    if (base2.endsWith(".pub")) continue;
    return spec;
  }
  return void 0;
}
function classifySecretFile(path, read) {
  return classifyAs(secretFileSpec(path), path, read);
}
function classifyAs(spec, path, read) {
  if (!spec) return void 0;
  const text = read ? read(path) : void 0;
  if (text !== void 0 && spec.content) return spec.content(text) ? spec.kind : void 0;
  return spec.byName ? spec.kind : void 0;
}
var AUTH_HEADERS = /^\s*(authorization|proxy-authorization|x-api-key|api-key|x-auth-token|private-token|job-token|x-vault-token|x-jfrog-art-api|x-goog-api-key|circle-token|dd-api-key)\s*:\s*(.*)$/i;
var CREDENTIAL_FILE_TARGETS = /(^|\/)(\.npmrc|\.pypirc|pip\.conf|\.netrc|_netrc|\.git-credentials|\.aws\/credentials|\.docker\/config\.json|\.yarnrc\.yml|\.env)$/;
var SECRET_BODY_MAX_BYTES = 16 * 1024;
var SECRET_BODY_GLOBS = [
  "**/.env",
  "**/.env.*",
  "**/id_{rsa,dsa,ecdsa,ed25519}",
  "**/id_{rsa,dsa,ecdsa,ed25519}_sk",
  "**/*.{pem,key}",
  "**/.aws/credentials",
  "**/credentials",
  "**/{.npmrc,npmrc,.yarnrc.yml,.pypirc,pip.conf,pip.ini,.netrc,_netrc,.git-credentials}",
  "**/.docker/config.json"
];
var SECRET_BODY_REGEXES = [/\/[^/]*(service[-_]?account|credential|key|secret|gcp|google|firebase)[^/]*\.json$/, /\/[a-z][a-z0-9-]{4,28}[a-z0-9]-[0-9a-f]{12}\.json$/];
var SECRET_SKIP_PATHS = [
  /^\/usr\/share\//,
  /^\/etc\/ssl\/certs\//,
  /^\/etc\/pki\/(ca-trust|tls\/certs)\//,
  /^\/etc\/ssl\/private\/ssl-cert-snakeoil\.key$/,
  /^\/etc\/pki\/tls\/private\/localhost\.key$/,
  /\/lib\/python[0-9.]*\/test\//,
  /^\/usr\/(local\/)?go\//,
  /^\/usr\/lib\/(go|golang)[^/]*\//,
  /^\/(root|home\/[^/]+)\/(\.rustup|\.cargo\/registry)\//,
  /^\/usr\/local\/(rustup|cargo\/registry)\//,
  /\/cryptography_vectors\//
];
var THIRD_PARTY_TREE = /\/(site-packages|dist-packages|node_modules|gems|vendor\/bundle|bower_components)\//;
var TEST_SEGMENT = /\/(tests?|testing|testdata|test_?data|fixtures?|__fixtures__|__tests__|specs?|examples?|samples?|docs?|vectors)\//i;
function secretPathPolicy(path) {
  if (SECRET_SKIP_PATHS.some((r) => r.test(path))) return "skip";
  const m = THIRD_PARTY_TREE.exec(path);
  if (m) {
    if (TEST_SEGMENT.test(path.slice(m.index + m[0].length - 1))) return "skip";
    return "content";
  }
  return "report";
}

// src/knowledge/secret-scan.ts
import { isUtf8 } from "node:buffer";
function isSchemeChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46;
}
var URL_PASSWORD = {
  id: "url-password",
  kind: "URL with a password",
  re: /(?<![A-Za-z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]{0,30}:\/\/([^\s:@/'"`<>{}]{1,128}):([^\s@/'"`<>{}]{1,128})@([A-Za-z0-9.-]{1,253})/,
  keywords: ["://"],
  before: 31,
  // The scheme is the run of scheme characters before "://": one anchored attempt, not 32 (a file of URLs stays cheap).
  startOf: (t, at) => {
    let i = at;
    while (i > 0 && at - i < 31 && isSchemeChar(t.charCodeAt(i - 1))) i--;
    return i;
  },
  accept: (m) => {
    const [, user, password, host] = m;
    if (password === user || isPlaceholder(password) || /[$%()[\]*\\]/.test(password) || password.length < 4) return false;
    if (/^(pass|pwd|pw|passw(or)?d|secret|pass(word)?\d*|xxx+|user(name)?|test\w*|foo|bar|baz|dummy\w*|admin)$/i.test(password)) return false;
    return !/(^|\.)(example\.(com|org|net)|localhost|host|hostname|server)$/i.test(host);
  },
  group: 2,
  source: 'RFC 3986 section 3.2.1 (user information: "user:password" is deprecated); gitleaks generic basic-auth URLs'
};
var CONTENT_PATTERNS = [...TOKEN_PATTERNS, URL_PASSWORD];
var CONTENT_SCAN_MAX_BYTES = 10 * 1024 * 1024;
var LINE_CAP = 8192;
var BACK = Math.max(0, ...TOKEN_PATTERNS.map((p) => p.before ?? 0), 31) + 1;
var AHEAD = 7200;
var MAX_PER_FILE = 20;
var SKIP_EXT = /\.(?:so(?:\.[0-9.]+)?|a|o|ko|dylib|dll|exe|bin|dat|pyc|pyo|pyd|whl|egg|zip|gz|tgz|bz2|xz|zst|lz4|7z|rar|tar|jar|war|ear|class|dex|png|jpe?g|gif|bmp|ico|webp|avif|tiff?|svgz|pdf|woff2?|ttf|otf|eot|mp[34]|m4a|wav|ogg|flac|webm|mov|avi|wasm|node|onnx|pt|pth|ckpt|safetensors|gguf|npy|npz|h5|hdf5|pkl|pickle|joblib|parquet|arrow|feather|avro|orc|db|sqlite3?|mdb|rdb|lmdb|idx|pack|mo|icns|cur|psd|xcf|map|min\.js|min\.css|min\.mjs|md|rst)$/i;
var LOCK_FILES = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|packages\.lock\.json|gradle\.lockfile|RECORD|SOURCES\.txt|installed-files\.txt)$/;
var TEST_PATH = /(?:^|\/)(?:tests?|testing|testdata|test_?data|fixtures?|__fixtures__|__tests__|__mocks__|mocks?|specs?|examples?|samples?|demos?|docs?|vectors)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test\.[a-z]+|[^/]*\.(?:test|spec)\.[a-z]+|conftest\.py)$|example/i;
var SYSTEM_PATH = /^\/(?:usr\/(?:share|include|src|lib\/(?:x86_64|aarch64)-linux-gnu|lib\/(?:locale|firmware|modules|udev|systemd|gcc|jvm|go|golang))\/|usr\/(?:local\/)?go\/|var\/(?:lib\/(?:dpkg|apt|rpm|yum|dnf|alternatives)|cache|log)\/|etc\/(?:ssl|pki|ca-certificates|alternatives|ld\.so\.cache)|proc\/|sys\/|dev\/|boot\/)|\/lib\/python[0-9.]*\/(?!site-packages\/|dist-packages\/)|\/node_modules\/(?:npm|corepack|yarn)\/|^\/opt\/yarn-v[0-9.]+\/|\/(?:\.rustup|\.cargo\/registry|rustup|cargo\/registry)\/|\/cryptography_vectors\/|\/locales?\//;
function contentScanPolicy(path, size) {
  if (size > CONTENT_SCAN_MAX_BYTES) return "too-large";
  if (SKIP_EXT.test(path) || LOCK_FILES.test(path) || TEST_PATH.test(path) || SYSTEM_PATH.test(path)) return "skipped";
  return "scan";
}
var tables2;
function scanTables() {
  if (tables2) return tables2;
  const byKeyword = /* @__PURE__ */ new Map();
  for (const p of CONTENT_PATTERNS) {
    for (const k of p.keywords) {
      const key = k.toLowerCase();
      const list3 = byKeyword.get(key) ?? [];
      if (!list3.includes(p)) list3.push(p);
      byKeyword.set(key, list3);
    }
  }
  tables2 = {
    prefilter: keywordRegExp(CONTENT_PATTERNS),
    byKeyword,
    sticky: new Map(CONTENT_PATTERNS.map((p) => [p, new RegExp(p.re.source, `${p.re.flags.replace(/[gy]/g, "")}y`)])),
    maxKeyword: Math.max(...CONTENT_PATTERNS.flatMap((p) => p.keywords.map((k) => k.length)))
  };
  return tables2;
}
function wholeChars(b) {
  let end = b.length;
  let i = end - 1;
  while (i >= 0 && end - i <= 3 && (b[i] & 192) === 128) i--;
  if (i >= 0 && b[i] >= 192) {
    const need = b[i] >= 240 ? 4 : b[i] >= 224 ? 3 : 2;
    if (end - i < need) end = i;
  }
  return b.subarray(0, end);
}
function looksBinary(head) {
  return head.indexOf(0) !== -1 || !isUtf8(wholeChars(head.subarray(0, 8192)));
}
function countNewlines(s, from, to) {
  let n = 0;
  for (let i = s.indexOf("\n", from); i !== -1 && i < to; i = s.indexOf("\n", i + 1)) n++;
  return n;
}
var ContentScanner = class {
  /** @param size the file's size in bytes when known: the last chunk then skips the newline count. */
  constructor(size = -1) {
    this.size = size;
  }
  size;
  /** Text not yet released: the carry-over window plus the current chunk. */
  text = "";
  /** Absolute offset of text[0]. */
  base = 0;
  /** Absolute offset from which the prefilter has not yet searched. */
  resume = 0;
  /** Newlines before absolute offset `counted`. */
  lines = 0;
  counted = 0;
  /** Absolute offset of the last newline seen before `text` (for line lengths), -1 when none. */
  lastNl = -1;
  /** Absolute end of the last finding (a keyword inside it is the same token). */
  coveredTo = 0;
  seen = 0;
  binary = false;
  first = true;
  findings = [];
  write(chunk) {
    if (this.binary || this.findings.length >= MAX_PER_FILE) return false;
    if (chunk.indexOf(0) !== -1) return this.stop();
    if (this.first) {
      this.first = false;
      if (!isUtf8(wholeChars(chunk.subarray(0, 8192)))) return this.stop();
    }
    this.seen += chunk.length;
    const last = this.size >= 0 && this.seen >= this.size;
    this.text += chunk.toString("latin1");
    this.scan(last);
    return !this.binary;
  }
  end() {
    if (!this.binary && this.text.length > 0) this.scan(true);
    this.text = "";
    return this.binary ? [] : this.findings;
  }
  stop() {
    this.binary = true;
    this.text = "";
    return false;
  }
  lineAt(abs) {
    const t = this.text;
    if (abs >= this.counted) {
      this.lines += countNewlines(t, this.counted - this.base, abs - this.base);
      this.counted = abs;
    } else this.lines -= countNewlines(t, abs - this.base, this.counted - this.base);
    this.counted = abs;
    return this.lines + 1;
  }
  /** Length of the line around absolute offset `abs`, as far as the text at hand shows it, capped at LINE_CAP + 1. */
  lineLength(abs) {
    const t = this.text;
    const i = abs - this.base;
    const from = Math.max(0, i - LINE_CAP - 1);
    const back = t.slice(from, i).lastIndexOf("\n");
    const start = back !== -1 ? this.base + from + back + 1 : from > 0 ? this.base + from - 1 : Math.max(this.lastNl + 1, this.base + i - LINE_CAP - 1);
    const ahead = t.slice(i, i + LINE_CAP + 1).indexOf("\n");
    const end = ahead !== -1 ? this.base + i + ahead : this.base + Math.min(t.length, i + LINE_CAP + 1);
    return Math.min(end - start, LINE_CAP + 1);
  }
  scan(final) {
    const t = this.text;
    const { prefilter: re, maxKeyword } = scanTables();
    re.lastIndex = Math.max(0, this.resume - this.base);
    let resume = this.base + Math.max(0, t.length - (maxKeyword - 1));
    for (let k = re.exec(t); k; k = re.exec(t)) {
      const at = k.index;
      if (!final && at + AHEAD > t.length) {
        resume = this.base + at;
        break;
      }
      if (this.base + at < this.coveredTo) continue;
      this.match(k[0], at);
      if (this.findings.length >= MAX_PER_FILE) return;
    }
    if (final) return;
    this.resume = resume;
    const keep = Math.max(0, resume - BACK - this.base);
    if (keep > 0) {
      const nl = t.lastIndexOf("\n", keep - 1);
      if (nl !== -1) this.lastNl = this.base + nl;
      if (this.counted < this.base + keep) this.lineAt(this.base + keep);
      this.text = t.slice(keep);
      this.base += keep;
    }
  }
  match(keyword, at) {
    const t = this.text;
    const { byKeyword, sticky } = scanTables();
    for (const p of byKeyword.get(keyword.toLowerCase()) ?? []) {
      const re = sticky.get(p);
      let m = null;
      const first = p.startOf ? p.startOf(t, at) : Math.max(0, at - (p.before ?? 0));
      const last = p.startOf ? first : at;
      for (let start = first; start <= last && !m; start++) {
        re.lastIndex = start;
        m = re.exec(t);
        if (m && m.index + m[0].length <= at) m = null;
      }
      if (!m || !acceptMatch(p, m, t)) continue;
      const abs = this.base + m.index;
      this.coveredTo = abs + m[0].length;
      const valueAt2 = abs + (p.group ? m[0].indexOf(m[p.group]) : 0);
      if (this.lineLength(valueAt2) > LINE_CAP) return;
      const token = p === URL_PASSWORD ? findToken(m[2])?.pattern : void 0;
      this.findings.push({ id: (token ?? p).id, kind: (token ?? p).kind, line: this.lineAt(valueAt2) });
      return;
    }
  }
};
function scanContent(data) {
  const s = new ContentScanner(data.length);
  s.write(data);
  return s.end();
}

// rules/LL202-secret-baked.ts
var REF_FIX = "Remove it and rotate it. At build time use a BuildKit secret (RUN --mount=type=secret,id=...,env=...); at run time read it from Secrets Manager or SSM Parameter Store at init, or set it as a Lambda environment variable (encrypted with KMS).";
var scanned = /* @__PURE__ */ new WeakMap();
function contextContent(context, file, budget) {
  const { path, size } = file;
  if (size === 0 || contentScanPolicy(`/${path}`, size) !== "scan") return [];
  let memo = scanned.get(context);
  if (!memo) scanned.set(context, memo = /* @__PURE__ */ new Map());
  const known = memo.get(path);
  if (known) return known;
  if (size > budget.left) return [];
  budget.left -= size;
  const data = context.readListed(file, CONTENT_SCAN_MAX_BYTES, looksBinary);
  const found = data ? scanContent(data) : [];
  memo.set(path, found);
  return found;
}
var CONTEXT_SCAN_BUDGET = 128 * 1024 * 1024;
var article = (kind) => `${/^([aeiou]|npm\b|SSH)/i.test(kind) && !/^URL/.test(kind) ? "an" : "a"} ${kind}`;
function secretIn(text) {
  const token = findToken(text);
  if (token) return { kind: token.pattern.kind, shown: redact(token.match) };
  const url = findUrlCredentials(text);
  if (url) return { kind: "URL with a password", shown: redactUrl(url.url, url.password) };
  return void 0;
}
function referencedVar(value) {
  return /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}?$/.exec(value.trim())?.[1];
}
function secretMountIds(ins) {
  const out = [];
  for (const f of ins.flags) {
    if (f.name !== "mount" || !f.value || !/(^|,)type=secret(,|$)/.test(f.value)) continue;
    for (const m of f.value.matchAll(/(?:^|,)(id|env)=([^,]+)/g)) out.push(m[2].toLowerCase());
  }
  return out;
}
var CONTENT_DOCS = `File contents are scanned too, in the one pass over the image: every text file of the image's own layers (not the layers of an AWS base image; every layer of any other base), files deleted or overwritten by a later layer included (they still ship), and every build-context file a COPY/ADD ships (after .dockerignore; the first ${CONTEXT_SCAN_BUDGET / 1024 / 1024} MiB of them per lint), reported at the COPY line. The message names the file, the layer and the line, never the value. The token kinds are listed below ("Token kinds"). Not read: files over ${CONTENT_SCAN_MAX_BYTES / 1024 / 1024} MiB, binaries (a NUL byte, or not UTF-8), archives, media and compiled files by extension, lock files, Markdown, minified bundles and source maps (and any finding on a line over ${LINE_CAP} characters), test, fixture, example and docs folders, OS and toolchain trees (/usr/share, /usr/include, the Python standard library, npm's own code). Documentation example values (the EXAMPLE keys of AWS's docs) and placeholders (few distinct characters) are not reported.`;
var messages5 = {
  secretEnv: { text: "ENV {{name}} holds a literal credential ({{value}}): {{where}}.", fix: REF_FIX },
  secretArg: { text: "ARG {{name}} has a literal credential as default ({{value}}): {{where}}.", fix: "Remove the default and rotate the value; pass it as a BuildKit secret instead of a build arg: RUN --mount=type=secret,id={{id}},env={{name}} ... with docker build --secret id={{id}},env={{name}}." },
  argInHistory: { text: "Build arg {{name}} is a credential and the RUN at line {{line}} has it in its environment: build args in scope of a RUN are recorded in the image history (docker history shows RUN |1 {{name}}=...).", fix: "Replace ARG {{name}} by a BuildKit secret: RUN --mount=type=secret,id={{id}},env={{name}} ... with docker build --secret id={{id}},env={{name}}." },
  envFromArg: { text: "ENV {{name}} copies build arg {{arg}}, a credential, into the image config, where anyone who can pull the image reads it (docker inspect).", fix: "Do not put the credential in ENV. For build steps use RUN --mount=type=secret,id={{id}},env={{arg}}; at run time read it from Secrets Manager / SSM or set it as a KMS-encrypted Lambda environment variable." },
  tokenValue: { text: "{{what}} contains {{kind}} ({{value}}): {{where}}.", fix: REF_FIX },
  secretLabel: { text: "LABEL {{name}} holds a credential ({{value}}): labels are stored in the image config, readable with docker inspect.", fix: "Remove the label and rotate the credential; labels are for public metadata only." },
  secretFile: { text: "{{keyword}} puts {{file}} ({{kind}}) into {{where}}; deleting it in a later step does not remove it from the lower layer.", fix: "Do not copy {{file}}: mount it only for the step that needs it (RUN --mount=type=secret,id=...,target=...) and give the function its secrets through Secrets Manager / SSM." },
  contentInContext: {
    text: "{{keyword}} {{source}} ships {{file}} from the build context: line {{line}} holds {{kind}}{{more}}.",
    fix: "Rotate the credential and take it out of the file: read it at init from Secrets Manager or SSM Parameter Store (or a KMS-encrypted Lambda environment variable); a file that is only needed locally goes into .dockerignore."
  },
  secretFileInContext: { text: "{{keyword}} {{source}} takes {{file}} ({{kind}}) from the build context into {{where}}: .dockerignore does not exclude it.", fix: "Add {{file}} to .dockerignore, and copy only what the function needs." },
  runCredential: { text: "RUN passes {{what}} inline ({{value}}): {{where}}.", fix: "Take the credential from a BuildKit secret (RUN --mount=type=secret,id=...,env=...) instead of the command line, and rotate the exposed one." },
  secretMountKept: { text: "This RUN {{how}} BuildKit secret {{id}} into {{file}}, which stays in the layer: a secret mount keeps a secret out of the image only while the RUN reads it in place.", fix: "Let the command read the secret where it is mounted (RUN --mount=type=secret,id={{id}},target=<the file the tool reads> or env=<NAME>), or remove {{file}} at the end of the same RUN{{alt}}." },
  credentialFileWritten: { text: "RUN writes a credential into {{file}}, which stays in the layer (a later rm does not remove it from the image).", fix: "Mount the file instead: RUN --mount=type=secret,id={{id}},target={{file}} <command>; or write and remove it within the same RUN." },
  envInConfig: {
    text: "Env {{name}} in the image config holds {{kind}} ({{value}}): anyone who can pull the image reads it (docker inspect).",
    fix: REF_FIX,
    evidence: "image"
  },
  fileInImage: {
    text: "{{file}} ({{kind}}) is in the image, added in layer {{layer}}: anyone who can pull the image can read it.",
    fix: "Rotate the credential and keep {{file}} out of the image: exclude it from the build context (.dockerignore) or mount it only for the step that needs it (RUN --mount=type=secret,id=...,target=...); give the function its secrets through Secrets Manager / SSM.",
    evidence: "image"
  },
  contentInImage: {
    text: "{{file}} line {{line}} holds {{kind}}{{more}}, in layer {{layer}}{{status}}: anyone who can pull the image can read it.",
    fix: "Rotate the credential and take it out of the code: read it at init from Secrets Manager or SSM Parameter Store (or a KMS-encrypted Lambda environment variable), and rebuild so that no layer keeps it.",
    evidence: "image"
  },
  fileStillShipped: {
    text: "{{file}} ({{kind}}) was added in layer {{layer}} and {{how}} in layer {{removedIn}}, but it still ships: the lower layer keeps its bytes, readable by anyone who can pull the image.",
    fix: "Rotate the credential and rebuild so that it never enters a layer: RUN --mount=type=secret,id=...,target=... for the step that needs it (a later rm cannot remove it from an earlier layer).",
    evidence: "image"
  }
};
var LL202_secret_baked_default = defineRule({
  code: "LL202",
  name: "secret-baked",
  severity: "error",
  since: "0.1.0",
  sameAs: ["hadolint DL3064", "trivy DS-0031", "dockle CIS-DI-0010", "BuildKit SecretsUsedInArgOrEnv"],
  securitySeverity: 9,
  needs: {
    facts: ["lineage", "history", "env"],
    dockerfile: true,
    context: true,
    history: true,
    image: { bodies: [{ globs: [...SECRET_BODY_GLOBS], regexes: [...SECRET_BODY_REGEXES], maxBytes: SECRET_BODY_MAX_BYTES }], secrets: true }
  },
  docs: {
    what: 'Finds credentials baked into the image or its history: ENV/ARG/LABEL whose name marks a credential (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, AWS_SECRET_ACCESS_KEY, *_PASS ...) with a literal value or filled from a build arg; values of any name that match a known token format (see "Token kinds") or a URL with a password; COPY/ADD of secret files (the Secret files table below), also through `COPY .` when .dockerignore lets them in; RUN with inline credentials (URL userinfo, Authorization headers, curl --user, npm _authToken, aws configure set) or writing a credentials file. Names that hold identifiers (SECRET_NAME, SECRET_ARN, TOKEN_URL, PASSWORD_FILE, KMS key ids), references (ARNs, SSM names, $VAR), empty values and obvious placeholders (changeme, <token>) are not reported. Values are always redacted in messages. Secrets only in a builder stage that never reaches the final image are reported when they are literal (they sit in the Dockerfile and the build cache), not when they come from a build arg. On a built image: the config Env (names and values judged as for ENV; a name the Dockerfile or the history already reported is not repeated); files anywhere in the final filesystem whose name marks a secret (the Secret files table) and whose content confirms it (only their first 16 KiB are read); such files added in a lower layer and deleted or overwritten later, which still ship (the message names both layers). Allow-listed: certificate stores and OS-generated keys (/etc/ssl/certs, ssl-cert-snakeoil.key), /usr/share, the Python stdlib test folder, Go and Rust toolchains, cryptography_vectors, and the test/fixture/example folders of site-packages, node_modules and gems; elsewhere in those package trees a file counts only when its content shows a secret. With the image at hand, COPY/ADD and credential files written by RUN are judged on the image filesystem instead of the Dockerfile. A RUN with a BuildKit secret mount (`--mount=type=secret`) that copies the mounted file elsewhere, writes its value into a file (`sed -i`, `>`, `tee`, also through a variable read from it) or saves it in a tool\'s configuration (`git config --global`, `npm config set`, `aws configure set`, ...) without removing that file in the same RUN is reported: the mount keeps the secret out of the image only while it is read in place. From the image history: ENV, ARG, LABEL and RUN lines, including the build args a RUN recorded (`RUN |1 NPM_TOKEN=...`). ' + CONTENT_DOCS,
    why: "Everything in an ENV or LABEL is in the image config, and every build arg a RUN sees is recorded in the image history (`RUN |1 NPM_TOKEN=... /bin/sh -c npm ci`): anyone who can pull the image from ECR reads them with `docker inspect` / `docker history`, and `aws lambda get-function` hands out a pull URL to whoever may read the function. Files copied into a layer stay in the image even when a later RUN deletes them. Lambda gives you better places: Secrets Manager or SSM Parameter Store read at init (cached across invocations), or environment variables on the function, encrypted at rest with KMS. For build-time credentials (private registries), BuildKit secret mounts never touch a layer.",
    bad: {
      dockerfile: `FROM public.ecr.aws/lambda/nodejs:20@sha256:0000000000000000000000000000000000000000000000000000000000000000
ARG NPM_TOKEN
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci --omit=dev
ENV STRIPE_API_KEY=${madeUpToken("sk_live_", "51Hx9Qa2eZvKYlo2C8f3kLmN0pQ")}
COPY app.mjs ./
CMD ["app.handler"]
`,
      context: { "package.json": '{"name":"app","version":"1.0.0"}\n', "package-lock.json": "{}\n", "app.mjs": "export const handler = async () => 1;\n" }
    },
    good: {
      dockerfile: '# syntax=docker/dockerfile:1\nFROM public.ecr.aws/lambda/nodejs:20@sha256:0000000000000000000000000000000000000000000000000000000000000000\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev\nENV STRIPE_SECRET_ARN=arn:aws:secretsmanager:us-east-1:123456789012:secret:stripe-AbCdEf\nCOPY app.mjs ./\nCMD ["app.handler"]\n',
      context: { "package.json": '{"name":"app","version":"1.0.0"}\n', "package-lock.json": "{}\n", "app.mjs": "export const handler = async () => 1;\n" }
    },
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/",
      "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html",
      "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html",
      "https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml"
    ],
    tables: [
      {
        title: "Secret files",
        intro: 'File names that mark a credential file (src/knowledge/secrets.ts), matched on the base name (or the path tail where the pattern has a folder). When the file can be read (the build context, the image) its content decides; otherwise (no context, or a context that lacks the file, such as a gitignored .env.local) only the entries marked "by name" are reported.',
        columns: ["kind", "name pattern", "without the content"],
        rows: () => SECRET_FILES.map((f) => [f.kind, `\`${f.match.source}\``, f.byName ? "by name" : "not reported"])
      },
      {
        title: "Token kinds",
        intro: "The token formats recognised in values (ENV, ARG, LABEL, the image config Env) and in file contents, whatever the variable or file is called (src/knowledge/secrets.ts and secret-scan.ts), with the source of each format.",
        columns: ["kind", "source"],
        rows: () => CONTENT_PATTERNS.map((p) => [p.kind, p.source])
      }
    ]
  },
  messages: messages5,
  create(ctx) {
    const lint = new SecretLint(ctx);
    return {
      image(image) {
        checkImage(lint, image);
      },
      end() {
        checkInstructions(lint);
      }
    };
  }
});
var builderNote = (stage) => `stage ${stage.name ? `"${stage.name}"` : stage.index} never reaches the final image, but the value stays in the Dockerfile and the build cache`;
var idOf = (name) => name.toLowerCase().replace(/_/g, "-");
var SecretLint = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.history = ctx.mode === "history" && ctx.image ? ctx.facts.history : void 0;
    this.lineage = new Set(ctx.facts.lineage);
  }
  ctx;
  /**
   * History mode: the instruction came from an image history entry. Report it as history evidence with its
   * layer, without the runner's quote of the raw created_by: a credential in a format the redactor does
   * not know (a password in `|1 DB_PASSWORD=...`, an .npmrc token) would be printed there.
   */
  history;
  /** ENV names reported from the Dockerfile or the history: the config Env check does not repeat them. */
  envReported = /* @__PURE__ */ new Set();
  contextBudget = { left: CONTEXT_SCAN_BUDGET };
  lineage;
  emit(d) {
    const history = this.history;
    if (!history || !d.at || !("keyword" in d.at)) return this.ctx.report(d);
    const line = history[d.at.index - 1];
    const where = d.data && "where" in d.data ? String(d.data.where) : void 0;
    const note = line?.layer !== void 0 ? ` (image history, layer ${line.layer + 1})` : where?.includes("history") ? "" : " (image history)";
    const data = where !== void 0 ? { ...d.data, where: `${where}${note}` } : d.data;
    this.ctx.report({ ...d, at: void 0, data, source: "image-history", layer: line?.layer });
  }
  ships(stage) {
    return stage === void 0 || this.lineage.has(stage);
  }
  /** Where an ENV value is stored. */
  whereConfig(stage) {
    return {
      where: !this.ships(stage) ? builderNote(stage) : this.history ? "it is stored in the image config and history, readable by anyone who can pull the image (docker inspect, docker history)" : "it is stored in the image config, readable by anyone who can pull the image (docker inspect)"
    };
  }
  /** Where an ARG value or a RUN line is stored. */
  whereHistory(stage) {
    return { where: this.ships(stage) ? "it is recorded in the image history (docker history)" : builderNote(stage) };
  }
  /** Where a file copied into the stage of `ins` ends up, or undefined when it never reaches the image. */
  fileWhere(ins, destPath) {
    const stage = ins.stage;
    if (this.ships(stage)) return "a layer of the image";
    if (!stage) return void 0;
    for (const other of this.ctx.df.instructions) {
      if (!other.copy || other.copy.fromStage !== stage || !other.stage?.reachesTarget) continue;
      for (const src of other.copy.sources) {
        const s = src.replace(/\/+$/, "") || "/";
        if (s === "/" || destPath === s || destPath.startsWith(`${s}/`) || /[*?[]/.test(s)) return `stage ${stage.name ?? stage.index}, and COPY --from at line ${other.span.line} carries it into the image`;
      }
    }
    return void 0;
  }
};
function checkInstructions(lint) {
  let stage;
  let stageArgs = /* @__PURE__ */ new Set();
  for (const ins of lint.ctx.df.instructions) {
    if (ins.stage !== stage) {
      stage = ins.stage;
      stageArgs = /* @__PURE__ */ new Set();
    }
    switch (ins.keyword) {
      case "ARG":
        checkArg(lint, ins, stageArgs);
        break;
      case "ENV":
        checkEnv(lint, ins, stageArgs);
        break;
      case "LABEL":
        checkLabel(lint, ins);
        break;
      case "COPY":
      case "ADD":
        checkCopy(lint, ins);
        break;
      case "RUN":
        checkRun(lint, ins);
        break;
    }
  }
}
function checkArg(lint, ins, stageArgs) {
  const { df } = lint.ctx;
  for (const p of ins.properties) {
    const cli = df.buildArgs[p.name];
    if (ins.stage) stageArgs.add(p.name);
    const raw = p.value;
    const expanded = raw !== void 0 ? expand(raw, ins.scope, df.escape).value : void 0;
    const found = expanded !== void 0 ? secretIn(expanded) : void 0;
    if (found) {
      lint.emit({ messageId: "tokenValue", at: ins, data: { what: `ARG ${p.name}`, kind: article(found.kind), value: found.shown, ...lint.whereHistory(ins.stage) } });
      continue;
    }
    if (!isSecretName(p.name) || !ins.stage) continue;
    if (raw !== void 0 && expanded !== void 0 && !referencedVar(raw) && isCredentialSlotValue(expanded)) {
      lint.emit({ messageId: "secretArg", at: ins, data: { name: p.name, value: redact(expanded), id: idOf(p.name), ...lint.whereHistory(ins.stage) } });
      continue;
    }
    if (cli !== void 0 && !isSecretValue(cli)) continue;
    if (lint.history) continue;
    if (!lint.ships(ins.stage)) continue;
    const user = ins.stage.instructions.find((later) => later.index > ins.index && later.keyword === "RUN" && !secretMountIds(later).includes(p.name.toLowerCase()));
    if (user) lint.emit({ messageId: "argInHistory", at: ins, data: { name: p.name, line: user.span.line, id: idOf(p.name) } });
  }
}
function checkEnv(lint, ins, stageArgs) {
  for (const p of ins.properties) {
    const raw = p.value ?? "";
    const expanded = expand(raw, ins.scope, lint.ctx.df.escape).value;
    const found = secretIn(expanded);
    if (found) {
      if (lint.ships(ins.stage)) lint.envReported.add(p.name);
      lint.emit({ messageId: "tokenValue", at: ins, data: { what: `ENV ${p.name}`, kind: article(found.kind), value: found.shown, ...lint.whereConfig(ins.stage) } });
      continue;
    }
    if (!isSecretName(p.name)) continue;
    const ref = referencedVar(raw);
    if (ref && stageArgs.has(ref)) {
      if (lint.ships(ins.stage)) {
        lint.envReported.add(p.name);
        lint.emit({ messageId: "envFromArg", at: ins, data: { name: p.name, arg: ref, id: idOf(ref) } });
      }
      continue;
    }
    if (ref) continue;
    if (isCredentialSlotValue(expanded)) {
      if (lint.ships(ins.stage)) lint.envReported.add(p.name);
      lint.emit({ messageId: "secretEnv", at: ins, data: { name: p.name, value: redact(expanded), ...lint.whereConfig(ins.stage) } });
    }
  }
}
function checkLabel(lint, ins) {
  for (const p of ins.properties) {
    const value = expand(p.value ?? "", ins.scope, lint.ctx.df.escape).value;
    const found = secretIn(value);
    if (found) lint.emit({ messageId: "secretLabel", at: ins, data: { name: p.name, value: `${found.kind}, ${found.shown}` } });
    else if (isSecretName(p.name) && !referencedVar(p.value ?? "") && isCredentialSlotValue(value)) lint.emit({ messageId: "secretLabel", at: ins, data: { name: p.name, value: redact(value) } });
  }
}
function checkCopy(lint, ins) {
  if (lint.ctx.image) return;
  const copy = ins.copy;
  if (!copy || copy.from !== void 0) return;
  if (copy.heredocs.length > 0) return checkCopiedHeredocs(lint, ins, copy);
  for (const source of copy.sources) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source) || source.includes("${") || source.startsWith("<<")) continue;
    const src = source.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
    const context = lint.ctx.context;
    if (context && (/[*?[]/.test(src) || context.match(src).length > 0)) checkCopiedFromContext(lint, ins, copy, source, src, context);
    else checkCopiedByName(lint, ins, copy, src);
  }
}
function checkCopiedHeredocs(lint, ins, copy) {
  const { df } = lint.ctx;
  const head = (ins.text.split("\n")[0] ?? "").split(/\s+/).filter((w) => w && !w.startsWith("<<"));
  const written = expand(head[head.length - 1] ?? "", ins.scope, df.escape).value;
  const dest = written.startsWith("/") ? written : `${(ins.stage?.workdir?.value ?? "/").replace(/\/$/, "")}/${written}`;
  for (const h of copy.heredocs) {
    const destFile = dest.endsWith("/") ? `${dest}${h.name}` : dest;
    const kind = classifySecretFile(destFile, () => h.content) ?? secretIn(h.content)?.kind;
    const where = kind ? lint.fileWhere(ins, destFile) : void 0;
    if (kind && where) lint.emit({ messageId: "secretFile", at: ins, data: { keyword: ins.keyword, file: destFile, kind, where } });
  }
}
function checkCopiedByName(lint, ins, copy, src) {
  const multi = copy.sources.length > 1 || copy.dest.endsWith("/");
  const destFile = multi ? `${copy.dest.replace(/\/$/, "")}/${src.slice(src.lastIndexOf("/") + 1)}` : copy.dest;
  const own = secretFileSpec(src);
  const renamed = !own && !multi;
  const kind = renamed ? classifySecretFile(destFile, void 0) : classifyAs(own, src, void 0);
  const where = kind ? lint.fileWhere(ins, destFile) : void 0;
  if (kind && where) lint.emit({ messageId: "secretFile", at: ins, data: { keyword: ins.keyword, file: renamed ? `${src} as ${destFile}` : src, kind, where } });
}
function checkCopiedFromContext(lint, ins, copy, source, src, context) {
  const multi = copy.sources.length > 1 || copy.dest.endsWith("/");
  const found = [];
  const inContent = [];
  for (const f of context.match(src)) {
    if (f.dir || copyExcludes(copy, f.path)) continue;
    const isSelf = f.path === src;
    const rel = isSelf ? f.path.slice(f.path.lastIndexOf("/") + 1) : src === "." ? f.path : f.path.slice(src.length + 1);
    const destFile = isSelf && !multi ? copy.dest : `${copy.dest.replace(/\/$/, "")}/${rel}`;
    const own = secretFileSpec(f.path);
    const asDest = own ? void 0 : secretFileSpec(destFile);
    const named = own || !asDest ? f.path : destFile;
    const kind = classifyAs(own ?? asDest, named, () => context.read(f.path, 256 * 1024));
    if (!kind) {
      const hits = contextContent(context, f, lint.contextBudget);
      const where2 = hits.length > 0 ? lint.fileWhere(ins, copy.dest) : void 0;
      if (where2) inContent.push({ file: f.path, hits, where: where2 });
      continue;
    }
    const where = lint.fileWhere(ins, destFile);
    if (where) found.push({ file: f.path, kind, where });
  }
  if (inContent.length > 0) reportShippedContent(lint, ins, source, inContent);
  if (found.length > 0) reportShippedSecretFiles(lint, ins, source, src, found);
}
function reportShippedContent(lint, ins, source, inContent) {
  const [first, ...rest] = inContent;
  const [hit, ...others] = first.hits;
  const more = [
    ...others.slice(0, 2).map((h) => `${article(h.kind)} on line ${h.line}`),
    ...rest.length > 0 ? [`${rest.length} more file${rest.length > 1 ? "s" : ""} (${rest.slice(0, 3).map((r) => `${r.file} line ${r.hits[0].line}`).join(", ")}${rest.length > 3 ? ", ..." : ""})`] : []
  ];
  lint.emit({ messageId: "contentInContext", at: ins, data: { keyword: ins.keyword, source, file: first.file, line: hit.line, kind: article(hit.kind), more: more.length ? ` (and ${more.join(", ")})` : "" } });
}
function reportShippedSecretFiles(lint, ins, source, src, found) {
  const keyword = ins.keyword;
  const first = found[0];
  const direct = !/[*?[]/.test(src) && src !== ".";
  if (direct && found.length === 1 && first.file === src) {
    lint.emit({ messageId: "secretFile", at: ins, data: { keyword, file: first.file, kind: first.kind, where: first.where } });
  } else {
    const more = found.length > 1 ? ` and ${found.length - 1} more (${found.slice(1, 4).map((f) => f.file).join(", ")}${found.length > 4 ? ", ..." : ""})` : "";
    lint.emit({ messageId: "secretFileInContext", at: ins, data: { keyword, source, file: `${first.file}${more}`, kind: first.kind, where: first.where } });
  }
}
function checkRun(lint, ins) {
  const script = lint.ctx.df.shell(ins);
  if (!script) return;
  const where = lint.whereHistory(ins.stage);
  const removed = removedPaths(script);
  const reported = /* @__PURE__ */ new Set();
  const report = (what, value) => {
    if (reported.has(value)) return;
    reported.add(value);
    lint.emit({ messageId: "runCredential", at: ins, data: { what, value, ...where } });
  };
  const written = /* @__PURE__ */ new Set();
  for (const cmd of script.commands) {
    const name = commandName(cmd);
    inlineCredentials(name, cmd.args, report);
    for (const file of checkCredentialFileWrites(lint, ins, cmd, name, removed)) written.add(file);
  }
  checkSecretMountKept(lint, ins, script, removed, written);
}
var PRINTS = /* @__PURE__ */ new Set(["echo", "printf", "cat", "envsubst", "base64"]);
var CONFIG_SAVED = [
  { test: (n, a) => n === "git" && a[0] === "config" && !a.includes("--unset") && !a.includes("--unset-all"), file: "~/.gitconfig" },
  { test: (n, a) => (n === "npm" || n === "yarn" || n === "pnpm") && a[0] === "config" && a[1] === "set", file: "~/.npmrc" },
  { test: (n, a) => (n === "pip" || n === "pip3") && a[0] === "config" && a[1] === "set", file: "~/.config/pip/pip.conf" },
  { test: (n, a) => n === "poetry" && a[0] === "config", file: "Poetry's auth.toml" },
  { test: (n, a) => n === "aws" && a[0] === "configure" && a[1] === "set", file: "~/.aws/credentials" },
  { test: (n, a) => n === "bundle" && a[0] === "config", file: "~/.bundle/config" }
];
function checkSecretMountKept(lint, ins, script, removed, reported) {
  const commands = script.commands;
  const mounts = mountOptions(ins.flags).filter((m) => m.get("type") === "secret");
  if (mounts.length === 0 || !lint.ships(ins.stage) || lint.ctx.image) return;
  const paths = mounts.map((m) => m.get("target") ?? m.get("dst") ?? m.get("destination") ?? `/run/secrets/${m.get("id") ?? ""}`);
  const vars = new Set(mounts.map((m) => m.get("env")).filter((v) => Boolean(v)));
  const idOf2 = (text) => mounts.find((m, i) => text.includes(paths[i]) || m.get("env") !== void 0 && new RegExp(`\\$\\{?${m.get("env")}\\b`).test(text))?.get("id") ?? mounts[0].get("id") ?? "secret";
  const refers = (text) => paths.some((p) => text.includes(p)) || [...vars].some((v) => new RegExp(`\\$\\{?${v}\\b`).test(text));
  const gone = (file) => removed.some((r) => r === file || normalizePath(r) === normalizePath(file));
  const unset = commands.some((c) => commandName(c) === "git" && c.args.includes("--unset"));
  const kept = [];
  for (const m of script.text.matchAll(/(?:^|[\s;&|(])([A-Za-z_][A-Za-z0-9_]*)=["']?\$\((?:cat\s+|<\s*)([^)\s"']+)/g)) if (paths.includes(m[2])) vars.add(m[1]);
  for (const cmd of commands) {
    for (const [k, v] of Object.entries(cmd.assignments)) if (refers(v)) vars.add(k);
    const name = commandName(cmd);
    const files = [];
    const printed = (c) => PRINTS.has(commandName(c)) && refers(c.text);
    if (name === "tee" && cmd.pipeline.slice(0, cmd.pipeIndex).some(printed)) {
      for (const a of cmd.args) if (!a.startsWith("-")) files.push({ file: a, how: "writes the value of" });
    }
    const text = cmd.pipeline.map((c) => c.text).join(" | ");
    if (!refers(text)) continue;
    if ((name === "cp" || name === "mv" || name === "install") && cmd.args.some((a) => paths.includes(a))) {
      const dest = cmd.args.filter((a) => !a.startsWith("-")).pop();
      if (dest && !paths.includes(dest)) files.push({ file: dest, how: "copies" });
    }
    if (PRINTS.has(name)) {
      for (const r of cmd.redirects) if (/^(>|>>|>\||&>)$/.test(r.op) && !r.target.startsWith("/dev/")) files.push({ file: r.target, how: "writes the value of" });
    }
    if (name === "sed" && cmd.args.some((a) => a === "-i" || /^-i/.test(a) || a === "--in-place")) {
      const file = cmd.args.filter((a) => !a.startsWith("-")).pop();
      if (file) files.push({ file, how: "writes the value of" });
    }
    const tool = CONFIG_SAVED.find((c) => c.test(name, cmd.args));
    if (tool && !(name === "git" && unset)) files.push({ file: tool.file, how: "saves the value of" });
    for (const f of files) if (!gone(f.file) && !reported.has(f.file) && !kept.some((k) => k.file === f.file)) kept.push({ ...f, id: idOf2(text) });
  }
  for (const k of kept) {
    const file = expand(k.file, ins.scope, lint.ctx.df.escape).value;
    const alt = k.file === "~/.gitconfig" ? ", or give git the token through GIT_CONFIG_COUNT=1, GIT_CONFIG_KEY_0 and GIT_CONFIG_VALUE_0 in the same command (never saved)" : "";
    lint.emit({ messageId: "secretMountKept", at: ins, data: { how: k.how, id: k.id, file, alt } });
  }
}
function inlineCredentials(name, args, report) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = args[i + 1];
    const found = secretIn(arg);
    if (found) {
      report(article(found.kind), found.shown);
      continue;
    }
    let header;
    if (name === "curl" && (arg === "-H" || arg === "--header") || name === "wget" && arg === "--header") header = next;
    else if (arg.startsWith("--header=")) header = arg.slice("--header=".length);
    else if (name === "curl" && /^-H./.test(arg)) header = arg.slice(2);
    if (header !== void 0) {
      const h = AUTH_HEADERS.exec(header);
      const value = h?.[2].replace(/^(bearer|basic|token|bot|apikey)\s+/i, "").trim();
      if (h && value && !value.includes("$") && isSecretValue(value)) report(`an ${h[1]} header`, redact(value));
      continue;
    }
    if (name === "curl" && (arg === "-u" || arg === "--user") && next) {
      const pass = next.slice(next.indexOf(":") + 1);
      if (next.includes(":") && !pass.includes("$") && isSecretValue(pass)) report("a password (curl --user)", redact(pass));
      continue;
    }
    const pw = /^--(?:http-|ftp-|proxy-)?password=(.*)$/.exec(arg);
    if (name === "wget" && pw && !pw[1].includes("$") && isSecretValue(pw[1])) report("a password (wget --password)", redact(pw[1]));
    const auth = /(?:^|:)(_authToken|_auth|_password)=(.*)$/.exec(arg);
    if (auth && !auth[2].includes("$") && isSecretValue(auth[2])) report(`an npm ${auth[1]}`, redact(auth[2]));
    if (name === "npm" && /(^|:)(_authToken|_auth|_password)$/.test(arg) && next && !next.includes("$") && isSecretValue(next)) report("an npm auth token", redact(next));
  }
  if (name === "aws" && args[0] === "configure" && args[1] === "set" && /^(aws_secret_access_key|aws_access_key_id|aws_session_token)$/.test(args[2] ?? "") && args[3] && !args[3].includes("$") && isSecretValue(args[3])) {
    report(`an AWS credential (${args[2]})`, redact(args[3]));
  }
}
function checkCredentialFileWrites(lint, ins, cmd, name, removed) {
  const out = [];
  for (const r of cmd.redirects) {
    if (!/^>>?$|^>\|$|^&>$/.test(r.op) || !CREDENTIAL_FILE_TARGETS.test(r.target)) continue;
    const body = name === "cat" || name === "tee" ? ins.heredocs.map((h) => h.content).join("\n") : cmd.args.join(" ");
    const holdsCredential = /(_authToken|_auth|_password|password|npmAuthToken|aws_secret_access_key|"auth"\s*:)/i.test(body) || secretIn(body) !== void 0 || /\/\/[^/\s:@]+(:[^@\s]+)?@/.test(body);
    if (!holdsCredential) continue;
    if (removed.some((p) => p === r.target || p.endsWith(`/${r.target.replace(/^.*\//, "")}`))) continue;
    if (!lint.ships(ins.stage)) continue;
    if (lint.ctx.image) continue;
    lint.emit({ messageId: "credentialFileWritten", at: ins, data: { file: r.target, id: r.target.replace(/^.*\//, "").replace(/^\./, "") } });
    out.push(r.target);
  }
  return out;
}
function checkImage(lint, image) {
  checkConfigEnv(lint);
  const total = image.layers.length;
  const of = (layer) => total > 0 ? `${layer + 1} of ${total}` : String(layer + 1);
  const byName = checkSecretFiles(lint, image, of);
  checkContents(lint, image, byName, of);
}
function checkConfigEnv(lint) {
  for (const { name, value } of lint.ctx.facts.env.values()) {
    if (lint.envReported.has(name)) continue;
    const found = secretIn(value);
    if (found) lint.emit({ messageId: "envInConfig", source: "image-config", data: { name, kind: article(found.kind), value: found.shown } });
    else if (isSecretName(name) && isSecretValue(value)) lint.emit({ messageId: "envInConfig", source: "image-config", data: { name, kind: "a credential", value: redact(value) } });
  }
}
function checkSecretFiles(lint, image, of) {
  const byName = /* @__PURE__ */ new Set();
  for (const e of image.files.values()) {
    if (e.type !== "file") continue;
    const kind = imageSecretKind(e.path, e.body);
    if (!kind) continue;
    byName.add(`${e.layer}:${e.path}`);
    lint.emit({ messageId: "fileInImage", source: "image-layer", layer: e.layer, data: { file: e.path, kind, layer: of(e.layer) } });
  }
  for (const r of image.removed) {
    if (r.type !== "file") continue;
    const kind = imageSecretKind(r.path, r.body);
    if (!kind) continue;
    byName.add(`${r.layerAdded}:${r.path}`);
    const how = r.reason === "overwritten" ? "overwritten" : "deleted";
    lint.emit({ messageId: "fileStillShipped", source: "image-layer", layer: r.layerAdded, data: { file: r.path, kind, layer: of(r.layerAdded), how, removedIn: of(r.layerRemoved) } });
  }
  return byName;
}
function imageSecretKind(path, body) {
  const spec = secretFileSpec(path);
  if (!spec) return void 0;
  const policy = secretPathPolicy(path);
  if (policy === "skip") return void 0;
  const text = body && !/\.(p12|pfx|jks|keystore)$/i.test(path) ? body.data.toString("latin1") : void 0;
  if (text !== void 0 && spec.content) return spec.content(text) ? spec.kind : void 0;
  return policy === "report" && spec.byName ? spec.kind : void 0;
}
function checkContents(lint, image, byName, of) {
  const perFile = /* @__PURE__ */ new Map();
  for (const s of image.secrets) {
    const key = `${s.layer}:${s.path}`;
    if (byName.has(key)) continue;
    const list3 = perFile.get(key) ?? [];
    list3.push(s);
    perFile.set(key, list3);
  }
  for (const list3 of perFile.values()) {
    const [first, ...rest] = list3;
    const more = rest.length === 0 ? "" : ` (and ${rest.slice(0, 3).map((r) => `${article(r.kind)} on line ${r.line}`).join(", ")}${rest.length > 3 ? `, ${rest.length - 3} more` : ""})`;
    const status = first.status === "removed" ? ", deleted or overwritten by a later layer but still shipped in its own" : "";
    lint.emit({ messageId: "contentInImage", source: "image-layer", layer: first.layer, data: { file: first.path, line: first.line, kind: article(first.kind), more, layer: of(first.layer), status } });
  }
}

// rules/LL203-remote-script-piped.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "fetch", "http", "https", "xh"]);
var INTERPRETER = /^(sh|bash|dash|ash|zsh|ksh|mksh|busybox|python(\d+(\.\d+)?)?|node|nodejs|perl|ruby|php|deno|bun|pwsh|powershell)$/;
var INLINE_PROGRAM = /* @__PURE__ */ new Set(["-c", "-e", "-p", "-E", "-r", "--eval", "--print", "--command", "-Command", "-m"]);
var VERIFIERS = [
  { name: /^(sha(1|224|256|384|512)sum|shasum|md5sum|b2sum|cksum)$/, needs: /^(-c|--check|-a)$/ },
  { name: /^(gpg|gpg2)$/, needs: /^--verify$/ },
  { name: /^gpgv$/ },
  { name: /^cosign$/, needs: /^verify(-blob)?$/ },
  { name: /^minisign$/, needs: /^-V$/ },
  { name: /^openssl$/, needs: /^-verify$/ },
  { name: /^slsa-verifier$/ }
];
function isDownloaderToStdout(cmd) {
  const name = commandName(cmd);
  if (!DOWNLOADERS.has(name)) return false;
  if (name === "wget") {
    const a = cmd.args;
    return a.some((x, i) => (x === "-O" || x === "--output-document") && a[i + 1] === "-" || x === "--output-document=-" || /^-[a-zA-Z]*O-$/.test(x) || /^-[a-zA-Z]*O$/.test(x) && a[i + 1] === "-");
  }
  if (name === "curl") return !cmd.args.some((x) => x === "-o" || x === "--output" || x === "-O" || x === "--remote-name" || /^-[a-zA-Z]*[oO]$/.test(x));
  return true;
}
function urlOf(cmd) {
  const u = cmd.args.find((a) => /^(https?|ftp):\/\//i.test(a)) ?? cmd.args.find((a) => /^[\w.-]+\.[a-z]{2,}\//i.test(a)) ?? cmd.args.find((a) => a.startsWith("$"));
  return u ? u.replace(/\/\/[^/@\s]+@/, "//\u2026@") : "a URL";
}
function operands(cmd) {
  return cmd.args.filter((a) => !a.startsWith("-") || a === "-");
}
function readsProgramFromStdin(cmd) {
  const args = cmd.args;
  if (args.some((a) => INLINE_PROGRAM.has(a) || /^-[a-zA-Z]*c$/.test(a) && isShell(cmd.name))) return false;
  const s = args.findIndex((a) => a === "-s" || /^-[a-zA-Z]*s[a-zA-Z]*$/.test(a) && isShell(cmd.name));
  if (s >= 0) return true;
  const ops = operands(cmd);
  return ops.length === 0 || ops[0] === "-";
}
function interpreterLabel(cmd) {
  return [...cmd.wrappers.filter((w) => w === "sudo" || w === "doas"), commandName(cmd)].join(" ");
}
function downloadedFile(cmd) {
  const name = commandName(cmd);
  const a = cmd.args;
  const url = a.find((x) => /^(https?|ftp):\/\//i.test(x));
  const remoteName = url ? url.replace(/[?#].*$/, "").replace(/\/+$/, "").split("/").pop() : void 0;
  if (name === "curl") {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === "-o" || a[i] === "--output" || /^-[a-zA-Z]*o$/.test(a[i])) return a[i + 1];
      if (a[i].startsWith("--output=")) return a[i].slice(9);
      if (a[i] === "-O" || a[i] === "--remote-name" || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a[i])) return remoteName;
    }
    return void 0;
  }
  if (name === "wget") {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === "-O" || a[i] === "--output-document" || /^-[a-zA-Z]*O$/.test(a[i])) return a[i + 1] === "-" ? void 0 : a[i + 1];
      if (a[i].startsWith("--output-document=")) return a[i].slice(18);
      if (/^-[a-zA-Z]*O./.test(a[i]) && !a[i].endsWith("O-")) return a[i].slice(a[i].indexOf("O") + 1);
    }
    return remoteName;
  }
  return void 0;
}
var base = (p) => p.replace(/\/+$/, "").split("/").pop() ?? p;
function runsFile(cmd, file) {
  const name = commandName(cmd);
  if (cmd.name === file || cmd.name.includes("/") && base(cmd.name) === base(file)) return true;
  if (!INTERPRETER.test(name)) return false;
  const first = operands(cmd)[0];
  return first !== void 0 && base(first) === base(file) && !cmd.args.some((a) => INLINE_PROGRAM.has(a));
}
function isVerifier(cmd) {
  const name = commandName(cmd);
  return VERIFIERS.some((v) => v.name.test(name) && (!v.needs || cmd.args.some((a) => v.needs.test(a))));
}
var LL203_remote_script_piped_default = defineRule({
  code: "LL203",
  name: "remote-script-piped",
  severity: "warning",
  since: "0.1.0",
  securitySeverity: 7,
  needs: { dockerfile: true, history: true },
  docs: {
    what: 'Finds RUN steps that execute a script straight from the network: curl/wget output piped into a shell or an interpreter (`curl ... | sh`, `| sudo bash`, `wget -O- ... | bash -s --`, `| python3 -`), run through a substitution (`sh -c "$(curl ...)"`, `bash <(curl ...)`, `eval "$(curl ...)"`), including inside `sh -c \'...\'` and heredoc scripts. Downloading to a file and running it without a checksum or signature check in the same RUN (`curl -o x.sh ... && sh x.sh`) is reported as info: it has the same trust problem, but it is one line away from being verified. Interpreters that get their program another way (`curl ... | python3 -c "import json,sys; ..."`) read data, not code, and are not reported.',
    why: "Whatever the server (or anyone who can change what it serves) returns at build time runs as root inside your Lambda image, and nothing records what it was: the next build of the same commit may install something else. A connection cut mid-download runs half a script (`rm -rf /usr/local/lib` cut to `rm -rf /usr`). Lambda images are rebuilt often by CI with access to deploy credentials, which makes the build a prized target. Pin what you install: a package from the OS or language package manager, a release archive verified with sha256sum -c, or a signature (gpg --verify, cosign verify-blob).",
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000\nRUN curl -sSL https://install.python-poetry.org | python3 -\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12@sha256:0000000000000000000000000000000000000000000000000000000000000000\nRUN pip install --no-cache-dir poetry==1.8.3\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: PYTHON_HANDLER
    },
    references: [
      "https://docs.docker.com/build/building/best-practices/#run",
      "https://docs.docker.com/reference/dockerfile/#add---checksum",
      "https://www.idontplaydarts.com/2016/04/detecting-curl-pipe-bash-server-side/"
    ]
  },
  messages: {
    piped: { text: "{{downloader}} output from {{url}} is piped into {{interpreter}}: the script runs unverified, and a cut connection runs half of it.", severity: "warning", fix: 'Download to a file, check it (echo "<sha256>  install.sh" | sha256sum -c -) and then run it; better, install a pinned package or release archive.' },
    substituted: { text: "{{interpreter}} runs the output of {{downloader}} {{url}} through {{how}}, without any checksum or signature check.", severity: "warning", fix: "Download to a file, verify it with sha256sum -c or gpg --verify, then run it; or install a pinned package." },
    downloadedRun: { text: "{{file}} is downloaded from {{url}} and run without a checksum or signature check in the same RUN.", severity: "info", fix: 'Verify it before running: echo "<sha256>  {{file}}" | sha256sum -c - (or ADD --checksum=sha256:... {{url}} {{file}}).' }
  },
  create(ctx) {
    function check(ins) {
      const script = ctx.df.shell(ins);
      if (!script) return;
      const cmds = script.commands;
      const seen = /* @__PURE__ */ new Set();
      for (const cmd of cmds) {
        const name = commandName(cmd);
        if (!DOWNLOADERS.has(name)) continue;
        if (isDownloaderToStdout(cmd) && cmd.pipeline.length > 1) {
          const sink = cmd.pipeline.slice(cmd.pipeIndex + 1).find((c) => INTERPRETER.test(commandName(c)) && readsProgramFromStdin(c));
          if (sink && !seen.has(sink)) {
            seen.add(sink);
            ctx.report({ messageId: "piped", at: ins, data: { downloader: name, url: urlOf(cmd), interpreter: interpreterLabel(sink) } });
            continue;
          }
        }
        const owner = cmd.substitutionOf;
        if (owner && isDownloaderToStdout(cmd) && !seen.has(owner)) {
          const oname = commandName(owner);
          const argIndex = owner.args.findIndex((a) => a.includes(cmd.text));
          const arg = argIndex >= 0 ? owner.args[argIndex] : void 0;
          let how;
          if (oname === "eval" || oname === "source" || oname === ".") {
            if (arg !== void 0 || owner.redirects.length) how = arg?.startsWith("<(") ? "process substitution <(...)" : "command substitution $(...)";
          } else if (INTERPRETER.test(oname)) {
            const inline = owner.args.findIndex((a) => INLINE_PROGRAM.has(a) || isShell(owner.name) && /^-[a-zA-Z]*c$/.test(a));
            const firstOperand = owner.args.findIndex((a) => !a.startsWith("-") || a.startsWith("<("));
            if (arg !== void 0 && inline >= 0 && argIndex === inline + 1) how = "command substitution $(...)";
            else if (arg !== void 0 && inline < 0 && argIndex === firstOperand && arg.startsWith("<(")) how = "process substitution <(...)";
            else if (arg === void 0 && owner.redirects.some((r) => r.op === "<" && r.target.includes(cmd.text))) how = "a redirect from <(...)";
          }
          if (how) {
            seen.add(owner);
            ctx.report({ messageId: "substituted", at: ins, data: { downloader: name, url: urlOf(cmd), interpreter: interpreterLabel(owner), how } });
            continue;
          }
        }
        const file = downloadedFile(cmd);
        if (!file || file.includes("$") || /\.(zip|tar|tgz|gz|xz|bz2|zst|whl|rpm|deb|jar|json|txt|asc|sig|sha256)$/i.test(file)) continue;
        const index = cmds.indexOf(cmd);
        const runner = cmds.slice(index + 1).find((c) => runsFile(c, file));
        if (!runner || seen.has(runner)) continue;
        if (cmds.some(isVerifier)) continue;
        seen.add(runner);
        ctx.report({ messageId: "downloadedRun", at: ins, data: { file, url: urlOf(cmd) } });
      }
    }
    return {
      instruction(ins) {
        if (ins.keyword === "RUN") check(ins);
      }
    };
  }
});

// rules/LL204-image-tag-mutable.ts
var DOCKERFILE3 = 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n';
var HANDLER3 = 'def handler(event, context):\n    return {"ok": True}\n';
var template3 = (uri) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Api:
    Type: AWS::Lambda::Function
    Properties:
      PackageType: Image
      Role: arn:aws:iam::123456789012:role/api
      Code:
        ImageUri: ${uri}
`;
var REPO = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api";
var PLACEHOLDER2 = /\$\{[^}]*\}/g;
var UNKNOWN = "\u2026";
var CONTENT_HASH_TAG = /^[0-9a-f]{64}$/;
var LL204_image_tag_mutable_default = defineRule({
  code: "LL204",
  name: "image-tag-mutable",
  severity: "warning",
  since: "0.1.0",
  securitySeverity: 4,
  needs: { dockerfile: true, deploy: true },
  docs: {
    what: "Checks the image a deploy configuration gives a function by URI (CloudFormation `Code.ImageUri`, SAM `ImageUri` of a function that `sam build` does not build, Terraform `image_uri`, a Serverless Framework serverless.yml `image` or `image.uri`, or the `uri` of a `provider.ecr.images` entry): it should name a digest (`repo@sha256:...`), not only a tag, and never `:latest` or no tag at all. Parts of the URI computed by the configuration (`!Sub ${Repo}`, a Terraform reference, a Serverless `${env:TAG}`) are not judged; images that the deploy tool builds and tags itself (SAM `Metadata`, CDK assets, Serverless `provider.ecr.images` with a `path`) are not reported.",
    why: "Lambda resolves a tag to a digest when the function is created or its code is updated, and runs that digest until the next update (GetFunction shows it as ResolvedImageUri). A push to the same tag changes nothing on Lambda, and the next unrelated deploy of the template silently ships whatever the tag points at then: two deploys of the same commit can run different code, and a rollback cannot bring the old image back. A digest in the configuration makes the deploy say exactly which image runs.",
    bad: { dockerfile: DOCKERFILE3, context: { "app.py": HANDLER3, "template.yaml": template3(`${REPO}:latest`) } },
    good: { dockerfile: DOCKERFILE3, context: { "app.py": HANDLER3, "template.yaml": template3(`${REPO}@sha256:${"0".repeat(64)}`) } },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/api/API_FunctionCodeLocation.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html",
      "https://www.serverless.com/framework/docs/providers/aws/guide/functions#referencing-container-image-as-a-target"
    ]
  },
  messages: {
    latest: {
      text: "The function {{fn}} deploys {{uri}} by the tag :latest; Lambda runs the digest :latest had at the last deploy, and the next deploy silently takes whatever :latest is then.",
      severity: "warning",
      fix: 'Deploy by digest: {{repo}}@sha256:<digest> (aws ecr describe-images --repository-name {{name}} --image-ids imageTag={{tag}} --query "imageDetails[0].imageDigest" --output text prints it).'
    },
    noTag: {
      text: "The function {{fn}} deploys {{uri}} with neither a tag nor a digest, which means :latest; the next deploy silently takes whatever :latest is then.",
      severity: "warning",
      fix: 'Deploy by digest: {{repo}}@sha256:<digest> (aws ecr describe-images --repository-name {{name}} --query "imageDetails[*].[imageTags,imageDigest]" lists them).'
    },
    noDigest: {
      text: "The function {{fn}} deploys {{uri}} by the tag :{{tag}} without a digest; a tag can be moved to other content, so what runs depends on when the function was last deployed.",
      severity: "warning",
      fix: `Deploy by digest: {{repo}}@sha256:<digest> (aws ecr describe-images --repository-name {{name}} --image-ids imageTag={{tag}} --query "imageDetails[0].imageDigest" --output text prints it), or make the repository's tags immutable.`
    }
  },
  create(ctx) {
    return {
      end() {
        const fn = ctx.deploy;
        const uri = fn?.imageUri;
        if (!fn || !uri || fn.built) return;
        const text = uri.value.replace(PLACEHOLDER2, UNKNOWN);
        if (text.trim() === "" || text.replace(/\u2026/g, "").trim() === "") return;
        if (/^\.{0,2}\//.test(text.trim())) return;
        const ref = parseImageRef(text);
        if (ref.digest !== void 0) return;
        if (ref.repository.includes(UNKNOWN) && !ref.tag && /\u2026$/.test(text)) return;
        const repo = text.slice(0, text.length - (ref.tag !== void 0 ? ref.tag.length + 1 : 0)).replace(/\u2026/g, "<...>");
        const name = (ref.repository.startsWith("library/") && !text.includes("library/") ? ref.repository.slice("library/".length) : ref.repository).replace(/\u2026/g, "<...>");
        const data = { fn: fn.id, uri: uri.value, repo, name, tag: ref.tag ?? "latest" };
        if (ref.tag === void 0) ctx.report({ messageId: "noTag", data, at: uri.at });
        else if (ref.tag.includes(UNKNOWN) || CONTENT_HASH_TAG.test(ref.tag)) return;
        else if (ref.tag === "latest") ctx.report({ messageId: "latest", data, at: uri.at });
        else ctx.report({ messageId: "noDigest", data, at: uri.at });
      }
    };
  }
});

// rules/LL301-cache-leftover.ts
import { posix as posix11 } from "node:path";

// src/knowledge/caches.ts
var ASSUMPTION = "assumption: typical leftover after installing a handful of packages; grows with what is installed";
var CACHES = [
  {
    label: "pip",
    managers: ["pip"],
    paths: ["/root/.cache/pip"],
    mainPath: "/root/.cache/pip",
    noCacheFlags: ["--no-cache-dir"],
    // pip disables the cache for any valid boolean value of PIP_NO_CACHE_DIR, "false" and "0" included
    // (pip/_internal/cli/cmdoptions.py: _handle_no_cache_dir, kept for backwards compatibility).
    noCacheEnv: ["PIP_NO_CACHE_DIR"],
    cleanCommands: ["pip cache purge", "rm -rf /root/.cache/pip"],
    fix: "pip install --no-cache-dir ... (or ENV PIP_NO_CACHE_DIR=1, or RUN --mount=type=cache,target=/root/.cache/pip)",
    typicalMb: [10, 500],
    source: "https://pip.pypa.io/en/stable/topics/caching/ ; https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-no-cache-dir ; size: " + ASSUMPTION + " (a copy of every wheel downloaded)"
  },
  {
    label: "uv",
    managers: ["uv"],
    paths: ["/root/.cache/uv"],
    mainPath: "/root/.cache/uv",
    // --no-cache-dir is an alias of --no-cache (uv's cli: `#[arg(alias = "no-cache-dir")]`).
    noCacheFlags: ["--no-cache", "--no-cache-dir", "-n"],
    noCacheEnv: ["UV_NO_CACHE"],
    cleanCommands: ["uv cache clean", "uv cache prune", "rm -rf /root/.cache/uv"],
    fix: "uv ... --no-cache (or ENV UV_NO_CACHE=1, or RUN --mount=type=cache,target=/root/.cache/uv)",
    typicalMb: [10, 500],
    source: "https://docs.astral.sh/uv/concepts/cache/ ; https://docs.astral.sh/uv/guides/integration/docker/#caching ; size: " + ASSUMPTION
  },
  {
    label: "apt",
    managers: ["apt-get", "apt", "aptitude"],
    // Lists are what `apt-get update` downloads; archives are usually removed by the docker-clean hook
    // of the Debian/Ubuntu images, and `apt-get clean` empties them but keeps the lists.
    paths: ["/var/lib/apt/lists", "/var/cache/apt/archives", "/var/cache/apt/*.bin"],
    mainPath: "/var/lib/apt/lists",
    cleanCommands: ["rm -rf /var/lib/apt/lists/*", "apt-get dist-clean"],
    fix: "end the same RUN with && rm -rf /var/lib/apt/lists/* (apt-get clean alone keeps the lists)",
    typicalMb: [10, 60],
    source: "https://docs.docker.com/build/building/best-practices/#apt-get ; apt-get(8) clean / dist-clean ; size: " + ASSUMPTION + " (package index files of the enabled repositories)"
  },
  {
    label: "yum",
    managers: ["yum"],
    paths: ["/var/cache/yum"],
    mainPath: "/var/cache/yum",
    cleanCommands: ["yum clean all", "rm -rf /var/cache/yum"],
    fix: "end the same RUN with && yum clean all && rm -rf /var/cache/yum",
    typicalMb: [30, 200],
    source: "https://docs.aws.amazon.com/linux/al2/ug/managing-software.html ; yum(8) clean all ; size: " + ASSUMPTION + " (repository metadata)"
  },
  {
    label: "dnf",
    managers: ["dnf", "microdnf"],
    // dnf 4 (AL2023) uses /var/cache/dnf, dnf 5 /var/cache/libdnf5; microdnf (AL2023 minimal, the Lambda bases) /var/cache/yum or /var/cache/dnf.
    paths: ["/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"],
    mainPath: "/var/cache/dnf",
    cleanCommands: ["dnf clean all", "microdnf clean all", "rm -rf /var/cache/dnf /var/cache/yum"],
    fix: "end the same RUN with && {{manager}} clean all",
    typicalMb: [20, 150],
    source: "https://docs.aws.amazon.com/linux/al2023/ug/package-management.html ; https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command ; size: " + ASSUMPTION + " (repository metadata)"
  },
  {
    label: "apk",
    managers: ["apk"],
    paths: ["/var/cache/apk"],
    mainPath: "/var/cache/apk",
    noCacheFlags: ["--no-cache"],
    cleanCommands: ["rm -rf /var/cache/apk/*"],
    fix: "apk add --no-cache ...",
    typicalMb: [1, 5],
    source: "https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache ; size: " + ASSUMPTION + " (APKINDEX files)"
  },
  {
    label: "npm",
    managers: ["npm"],
    paths: ["/root/.npm/_cacache", "/root/.npm"],
    mainPath: "/root/.npm/_cacache",
    cleanCommands: ["npm cache clean --force", "rm -rf /root/.npm"],
    fix: "end the same RUN with && npm cache clean --force (or RUN --mount=type=cache,target=/root/.npm)",
    typicalMb: [20, 500],
    source: "https://docs.npmjs.com/cli/commands/npm-cache ; https://docs.npmjs.com/cli/using-npm/config#cache ; size: " + ASSUMPTION + " (a tarball of every package fetched)"
  },
  {
    label: "yarn",
    managers: ["yarn"],
    // yarn 1 as root on Linux: /usr/local/share/.cache/yarn (official node images), else ~/.cache/yarn; yarn 2+: ~/.yarn/berry/cache.
    paths: ["/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn/berry/cache"],
    mainPath: "/usr/local/share/.cache/yarn",
    cleanCommands: ["yarn cache clean", "rm -rf /usr/local/share/.cache/yarn"],
    fix: "end the same RUN with && yarn cache clean (or RUN --mount=type=cache,target=/usr/local/share/.cache/yarn)",
    typicalMb: [20, 500],
    source: "https://classic.yarnpkg.com/lang/en/docs/cli/cache/ ; https://yarnpkg.com/cli/cache/clean ; size: " + ASSUMPTION
  },
  {
    label: "pnpm",
    managers: ["pnpm"],
    paths: ["/root/.local/share/pnpm/store", "/root/.pnpm-store", "/pnpm/store"],
    mainPath: "/root/.local/share/pnpm/store",
    cleanCommands: ["pnpm store prune", "rm -rf /root/.local/share/pnpm/store"],
    fix: "use RUN --mount=type=cache,id=pnpm,target=/root/.local/share/pnpm/store pnpm install ..., or end the same RUN with && pnpm store prune",
    typicalMb: [5, 300],
    source: "https://pnpm.io/cli/store ; https://pnpm.io/docker ; size: " + ASSUMPTION + " (files are hard links shared with node_modules; index files and unreferenced packages remain)"
  },
  {
    label: "conda",
    managers: ["conda"],
    paths: ["/opt/conda/pkgs", "/root/micromamba/pkgs", "/root/.conda/pkgs"],
    mainPath: "/opt/conda/pkgs",
    cleanCommands: ["conda clean -afy", "mamba clean -afy", "micromamba clean --all --yes"],
    fix: "end the same RUN with && conda clean -afy",
    typicalMb: [100, 2e3],
    source: "https://docs.conda.io/projects/conda/en/latest/commands/clean.html ; https://mamba.readthedocs.io/en/latest/user_guide/micromamba.html ; size: " + ASSUMPTION + " (package tarballs and extracted packages)"
  },
  {
    label: "gem",
    managers: ["gem", "bundle"],
    // RubyGems keeps the downloaded .gem archive of every gem it installs in <gem dir>/cache (`gem install`,
    // --no-document included); Bundler downloads into <bundle path>/cache: GEM_HOME without a path setting
    // (/usr/local/bundle in the Docker Official ruby images), <path>/ruby/<version>/cache with one
    // (bundler/lib/bundler/source/rubygems.rb fetch_gem: default_cache_path_for(rubygems_dir)). No setting
    // skips it: `bundle install --no-cache` only stops updating vendor/cache (bundle-install(1)).
    paths: ["/usr/local/bundle/cache", "/var/task/vendor/bundle/ruby/*/cache", "/root/.gem/ruby/*/cache", "/usr/local/share/gems/cache", "/var/lang/lib/ruby/gems/*/cache"],
    mainPath: "/usr/local/bundle/cache",
    cleanCommands: ['rm -rf "$(gem env gemdir)"/cache', "rm -rf vendor/bundle/ruby/*/cache"],
    fix: "end the same RUN with && rm -rf {{path}} (the installed gems do not need their .gem archives; `bundle install --no-cache` only skips vendor/cache)",
    typicalMb: [1, 100],
    source: "https://guides.rubygems.org/command-reference/#gem-install ; https://bundler.io/man/bundle-install.1.html ; https://github.com/rubygems/rubygems/blob/master/bundler/lib/bundler/source/rubygems.rb (fetch_gem) ; size: " + ASSUMPTION + " (one .gem archive per installed gem)"
  }
];
var BUILD_CACHES = [
  { managers: ["go"], paths: ["/go/pkg/mod", "/root/go/pkg/mod", "/root/.cache/go-build"], source: "https://go.dev/ref/mod#module-cache ; `go env GOMODCACHE GOCACHE`" },
  { managers: ["mvn"], paths: ["/root/.m2"], source: "https://maven.apache.org/settings.html (localRepository default ${user.home}/.m2/repository)" },
  { managers: ["gradle"], paths: ["/root/.gradle", "/home/gradle/.gradle"], source: "https://docs.gradle.org/current/userguide/directory_layout.html" },
  { managers: ["dotnet"], paths: ["/root/.nuget/packages"], source: "https://learn.microsoft.com/nuget/consume-packages/managing-the-global-packages-and-cache-folders" },
  { managers: ["cargo"], paths: ["/usr/local/cargo/registry", "/root/.cargo/registry", "/root/.cargo/git"], source: "https://doc.rust-lang.org/cargo/guide/cargo-home.html" },
  { managers: ["bundle", "gem"], paths: ["/usr/local/bundle/cache", "/root/.gem", "/root/.bundle/cache"], source: "https://bundler.io/man/bundle-config.1.html" },
  { managers: ["poetry"], paths: ["/root/.cache/pypoetry"], source: "https://python-poetry.org/docs/configuration/#cache-dir" },
  { managers: ["pipenv"], paths: ["/root/.cache/pipenv", "/root/.cache/pip"], source: "https://pipenv.pypa.io/en/latest/advanced.html" },
  { managers: ["bun"], paths: ["/root/.bun/install/cache"], source: "https://bun.sh/docs/install/cache" }
];
function cacheFor(manager) {
  return CACHES.find((c) => c.managers.includes(manager));
}
function cachePathsFor(manager) {
  return [...cacheFor(manager)?.paths ?? [], ...BUILD_CACHES.filter((b) => b.managers.includes(manager)).flatMap((b) => b.paths)];
}
function formatMb([low, high]) {
  return low === high ? `${low} MB` : `${low}-${high} MB`;
}
var CACHE_IMAGE_MIN_BYTES = 64 * 1024;
function pathRegExp(path) {
  const esc2 = (s) => s.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  const root = /^\/root(?=\/)/.test(path) ? `(?:/root|/home/[^/]+)${esc2(path.slice("/root".length))}` : esc2(path);
  return new RegExp(`^${root}(?:/|$)`);
}
var CACHE_PATHS = CACHES.flatMap((info) => info.paths.map((path) => ({ info, re: pathRegExp(path), path })));
function cacheOfPath(path) {
  for (const c of CACHE_PATHS) {
    const m = c.re.exec(path);
    if (m) return { info: c.info, dir: m[0].replace(/\/$/, "") };
  }
  return void 0;
}

// rules/LL301-cache-leftover.ts
function imageCaches(image) {
  const out = /* @__PURE__ */ new Map();
  const add = (path, size, layer, deleted) => {
    const hit = cacheOfPath(path);
    if (!hit) return;
    const c = out.get(hit.info.label) ?? { info: hit.info, bytes: 0, files: 0, deleted: 0, dirs: /* @__PURE__ */ new Set(), byLayer: /* @__PURE__ */ new Map() };
    out.set(hit.info.label, c);
    c.bytes += size;
    c.files++;
    if (deleted) c.deleted += size;
    c.dirs.add(hit.dir);
    c.byLayer.set(layer, (c.byLayer.get(layer) ?? 0) + size);
  };
  for (const e of image.files.values()) if (e.type === "file") add(e.path, e.size, e.layer, false);
  for (const r of image.removed) if (r.type === "file") add(r.path, r.size, r.layerAdded, true);
  return [...out.values()].filter((c) => c.bytes > CACHE_IMAGE_MIN_BYTES).sort((a, b) => b.bytes - a.bytes);
}
var FILLS_CACHE = {
  pip: ["install"],
  uv: ["install", "sync"],
  // The package lists are written by update; install and upgrade read them (and write the .deb archives).
  "apt-get": ["update", "install", "upgrade", "dist-upgrade", "full-upgrade"],
  apt: ["update", "install", "upgrade", "dist-upgrade", "full-upgrade"],
  yum: ["install", "groupinstall", "localinstall", "reinstall", "update", "upgrade"],
  // dnf's aliases (in, up, upgrade-minimal, distro-sync; dnf(8) and dnf5(8) COMMANDS) and makecache fill the cache too.
  dnf: ["install", "in", "groupinstall", "reinstall", "rei", "update", "up", "upgrade", "upgrade-minimal", "up-min", "distro-sync", "dsync", "makecache", "mc", "group", "localinstall", "swap"],
  microdnf: ["install", "reinstall", "update", "upgrade", "makecache"],
  aptitude: ["install", "upgrade", "safe-upgrade", "full-upgrade", "reinstall"],
  apk: ["add"],
  npm: ["install", "i", "ci", "add", "in", "isntall"],
  yarn: ["install", "add", "", "global"],
  pnpm: ["install", "i", "add"],
  conda: ["install", "create", "update", "env"],
  gem: ["install", "update"],
  // A bare `bundle` runs `bundle install`.
  bundle: ["install", "update", ""]
};
var GEM_DIR_CACHE = "$(gem env gemdir)/cache";
var GEM_CACHE_RM = /(^|\/)cache(\/\*(\.gem)?)?\/?$/;
function readBundleConfig(mc, settings) {
  if (mc.manager !== "bundle" || mc.subcommand !== "config") return;
  const words = mc.args.filter((a) => !a.startsWith("-"));
  if (words[0] === "set") words.shift();
  const [name, value] = words;
  if (value === void 0) return;
  if (name === "path") settings.path = value;
  if (name === "deployment") settings.deployment = !FALSEY_WORDS.has(value.toLowerCase());
}
var FALSEY_WORDS = /* @__PURE__ */ new Set(["0", "false", "no", "off"]);
var FALSEY = /* @__PURE__ */ new Set(["", "0", "false", "no", "off"]);
function exportedScope(script, cmd, scope) {
  const at = script.commands.indexOf(cmd);
  let out;
  for (let i = 0; i < at; i++) {
    const c = script.commands[i];
    if (c.name !== "export" || c.substitutionOf) continue;
    out ??= new Map(scope);
    for (const [k, v] of Object.entries(c.assignments)) out.set(k, { value: v });
  }
  return out ?? scope;
}
function varOf(scope, cmd, name) {
  if (name in cmd.assignments) return cmd.assignments[name];
  const v = scope.get(name);
  return v && "value" in v ? v.value : void 0;
}
function argValue(arg, scope) {
  const { value, unresolved } = expand(arg.replace(/^(\$\{HOME\}|\$HOME)(?=\/|$)/, "~"), scope);
  return unresolved.length || /[$`]/.test(value) ? void 0 : value;
}
function canonical(path, home) {
  let p = path.replace(/^(\$\{HOME\}|\$HOME)(?=\/|$)/, "~");
  if (home && home !== "/" && (p === home || p.startsWith(`${home}/`))) p = `~${p.slice(home.replace(/\/+$/, "").length)}`;
  if (!home || /^(\/root|\/home\/[^/]+)\/?$/.test(home)) p = p.replace(/^(\/root|\/home\/[^/]+)(?=\/|$)/, "~");
  const segments = p.split("/");
  if (segments.length > 1 && /[*?[]/.test(segments[segments.length - 1])) segments.pop();
  return segments.join("/").replace(/\/+$/, "") || "/";
}
function absoluteCache(p) {
  const path = withHome(p);
  return path.startsWith("/") ? path : posix11.join(p.ins.workdir, path);
}
function withHome(p) {
  const home = p.ins.scope.get("HOME");
  return p.paths[0].replace(/^~/, home && "value" in home && home.value.startsWith("/") ? home.value.replace(/\/+$/, "") : "/root");
}
function mountsOf(ins) {
  const home = ins.scope.get("HOME");
  return cacheMountTargets(ins.flags).map((m) => canonical(m, home && "value" in home ? home.value : void 0));
}
function cleanedLater(script, mc, target, ins) {
  const at = script.commands.indexOf(mc.cmd);
  return script.commands.some((c, i) => (i > at || Boolean(c.viaShellC) || Boolean(mc.cmd.viaShellC)) && c !== mc.cmd && cleans(c, target, exportedScope(script, c, ins.scope)));
}
function pendingData(p) {
  const { info, mc } = p;
  const path = withHome(p);
  const mountAt = absoluteCache(p);
  const manager = info.label === "dnf" ? mc.manager : info.label;
  const fix = info.fix.replace("{{manager}}", mc.manager).replace("{{path}}", p.paths[0] === GEM_DIR_CACHE ? '"$(gem env gemdir)"/cache' : path).replace(/target=(\/[^)\s,]+)/, (m, target) => pathWithin(mountAt, target) ? m : `target=${mountAt.replace(/\/_cacache$/, "")}`);
  if (isApt(mc) && mc.subcommand === "update") return { command: shortText(mc.cmd), manager, path, fix: "move the apt-get install into this RUN and end it there: RUN apt-get update && apt-get install -y --no-install-recommends <packages> && rm -rf /var/lib/apt/lists/*" };
  return { command: shortText(mc.cmd), manager, path: p.paths[0] === GEM_DIR_CACHE ? "the gem directory's cache/ (`gem env gemdir`)" : path, fix };
}
var missingOn = (stage, manager) => systemManagersMissing(stage.base.kind.os, stage.base.kind.kind === "aws").includes(manager);
var isApt = (m) => m.manager === "apt-get" || m.manager === "apt";
function aptListsOf(commands) {
  const aptUpdates = commands.some((m) => isApt(m) && m.subcommand === "update");
  if (!aptUpdates) return { aptUpdates, aptJudged: void 0 };
  const install = commands.find((m) => isApt(m) && m.subcommand !== "update" && FILLS_CACHE[m.manager].includes(m.subcommand));
  return { aptUpdates, aptJudged: install ?? commands.find((m) => isApt(m) && m.subcommand === "update") };
}
function cleanedBeforeCopy(p, lineage, lineageOf) {
  const copies = lineage.flatMap((s) => s.instructions.filter((i) => i.copy?.fromStage && !lineage.includes(i.copy.fromStage) && lineageOf(i.copy.fromStage).includes(p.ins.stage)));
  const path = absoluteCache(p);
  const taking = copies.filter((i) => i.copy.sources.some((src) => src.startsWith("/") && (pathWithin(path, src) || pathWithin(src, path))));
  return taking.length > 0 && taking.every((i) => lineageOf(i.copy.fromStage).includes(p.cleanedAt.stage));
}
function copiedOut(lineage, lineageOf) {
  const out = /* @__PURE__ */ new Map();
  for (const s of lineage) {
    for (const i of s.instructions) {
      const c = i.copy;
      if (!c?.fromStage || lineage.has(c.fromStage)) continue;
      const sources = c.sources.filter((src) => src.startsWith("/"));
      for (const f of lineageOf(c.fromStage)) if (!lineage.has(f)) out.set(f, [...out.get(f) ?? [], ...sources]);
    }
  }
  return out;
}
function underCopied(path, ins, sources) {
  if (path === GEM_DIR_CACHE) return sources.some((src) => pathWithin("/", src));
  const home = ins.scope.get("HOME");
  const abs = path.startsWith("~") ? path.replace(/^~/, home && "value" in home && home.value.startsWith("/") ? home.value.replace(/\/+$/, "") : "/root") : path.startsWith("/") ? path : `${ins.workdir.replace(/\/+$/, "")}/${path.replace(/^\.\//, "")}`;
  return sources.some((src) => pathWithin(abs, src));
}
function optionValue(args, names) {
  for (let i = 0; i < args.length; i++) {
    for (const n of names) {
      if (args[i] === n) return args[i + 1];
      if (args[i].startsWith(`${n}=`)) return args[i].slice(n.length + 1);
    }
  }
  return void 0;
}
function hasFlag(args, flags) {
  return args.some((a) => flags.includes(a) || flags.some((f) => a.startsWith(`${f}=`)));
}
function evaluate(mc, info, scope, pipConfigNoCache, bundle = {}) {
  const { cmd, manager } = mc;
  const args = cmd.args.map((a, i) => cmd.literal[i] ? a : argValue(a, scope) ?? a);
  const env = (n) => varOf(scope, cmd, n);
  const home = env("HOME");
  const canon = (p) => canonical(p, home);
  if (info.noCacheFlags && hasFlag(args, info.noCacheFlags)) return void 0;
  switch (manager) {
    case "pip": {
      const v = env("PIP_NO_CACHE_DIR");
      if (v !== void 0 && v !== "" || pipConfigNoCache) return void 0;
      const dir = optionValue(args, ["--cache-dir"]) ?? env("PIP_CACHE_DIR") ?? (env("XDG_CACHE_HOME") ? `${env("XDG_CACHE_HOME")}/pip` : "~/.cache/pip");
      return [canon(dir)];
    }
    case "uv": {
      const v = env("UV_NO_CACHE");
      if (v !== void 0 && !FALSEY.has(v.toLowerCase())) return void 0;
      const dir = optionValue(args, ["--cache-dir"]) ?? env("UV_CACHE_DIR") ?? (env("XDG_CACHE_HOME") ? `${env("XDG_CACHE_HOME")}/uv` : "~/.cache/uv");
      return [canon(dir)];
    }
    case "npm": {
      const dir = optionValue(args, ["--cache"]) ?? env("npm_config_cache") ?? env("NPM_CONFIG_CACHE") ?? "~/.npm";
      return [canon(dir)];
    }
    case "yarn": {
      if (hasFlag(args, ["--immutable", "--immutable-cache"])) return void 0;
      if (mc.subcommand === "global" && args[args.indexOf("global") + 1] !== "add") return void 0;
      const dir = optionValue(args, ["--cache-folder"]) ?? env("YARN_CACHE_FOLDER");
      return dir ? [canon(dir)] : info.paths.map(canon);
    }
    case "pnpm": {
      const dir = optionValue(args, ["--store-dir"]) ?? env("npm_config_store_dir") ?? env("NPM_CONFIG_STORE_DIR");
      if (dir) return [canon(dir)];
      const pnpmHome = env("PNPM_HOME");
      const xdg = env("XDG_DATA_HOME");
      return [...pnpmHome ? [`${pnpmHome}/store`] : [], ...xdg ? [`${xdg}/pnpm/store`] : [], ...info.paths].map(canon);
    }
    case "conda": {
      if (mc.subcommand === "env" && !["create", "update"].includes(args.find((a) => !a.startsWith("-")) ?? "")) return void 0;
      const roots = [env("CONDA_DIR"), env("MAMBA_ROOT_PREFIX"), env("CONDA_PREFIX")].filter((r) => !!r);
      return [...roots.map((r) => `${r}/pkgs`), ...info.paths].map(canon);
    }
    case "gem": {
      if (hasFlag(args, ["--user-install"])) return [canon("~/.gem/ruby/*/cache")];
      const dir = optionValue(args, ["--install-dir", "-i"]) ?? env("GEM_HOME");
      return [dir ? canon(`${dir}/cache`) : GEM_DIR_CACHE];
    }
    case "bundle": {
      const deployment = hasFlag(args, ["--deployment"]) || env("BUNDLE_DEPLOYMENT") !== void 0 && !FALSEY_WORDS.has(env("BUNDLE_DEPLOYMENT").toLowerCase()) || bundle.deployment;
      const path = optionValue(args, ["--path"]) ?? env("BUNDLE_PATH") ?? bundle.path ?? (deployment ? "vendor/bundle" : void 0);
      if (path) return [canon(`${path}/ruby/*/cache`)];
      const home2 = env("GEM_HOME");
      return [home2 ? canon(`${home2}/cache`) : GEM_DIR_CACHE];
    }
    case "dnf":
      if (mc.subcommand === "group" && !["install", "upgrade"].includes(args.find((a) => !a.startsWith("-")) ?? "")) return void 0;
      return info.paths.map(canon);
    default:
      return info.paths.map(canon);
  }
}
function cleans(cmd, target, scope) {
  const name = commandName(cmd);
  const home = varOf(scope, cmd, "HOME");
  if (name === "rm") {
    return cmd.args.some((a, i) => {
      if (a.startsWith("-")) return false;
      if (target.info.label === "gem" && GEM_CACHE_RM.test(a.replace(/["']/g, "")) && /gem|bundle|ruby/i.test(a)) return true;
      const value = cmd.literal[i] ? a : argValue(a, scope);
      if (value === void 0) return target.paths.includes(expand(a, scope).value);
      const removed = canonical(value, home);
      if (target.info.label === "conda" && /(^|\/)pkgs$/.test(removed)) return true;
      return target.paths.some((p) => pathWithin(p, removed) || target.info.label === "npm" && pathWithin(`${p}/_cacache`, removed) && removed.endsWith("_cacache"));
    });
  }
  const m = managerCommand(cmd);
  if (!m || !target.info.managers.includes(m.manager)) {
    if (!m || !["yum", "dnf", "microdnf"].includes(m.manager) || !["yum", "dnf", "microdnf"].includes(target.mc.manager)) return false;
  }
  const positional3 = m.args.filter((a) => !a.startsWith("-"));
  if (cmd.substitutionOf && commandName(cmd.substitutionOf) === "rm" && ["cache", "store", "config"].includes(m.subcommand)) return true;
  switch (m.manager) {
    case "pip":
      return m.subcommand === "cache" && ["purge", "remove"].includes(positional3[0] ?? "");
    case "uv":
      return m.subcommand === "cache" && ["clean", "prune"].includes(positional3[0] ?? "");
    case "apt-get":
    case "apt":
      return m.subcommand === "dist-clean" || m.subcommand === "clean" && target.paths[0] === APT_ARCHIVES;
    case "yum":
    case "dnf":
    case "microdnf":
      return m.subcommand === "clean" && positional3[0] === "all";
    case "apk":
      return m.subcommand === "cache" && ["clean", "purge"].includes(positional3[0] ?? "");
    case "npm":
      return m.subcommand === "cache" && ["clean", "rm", "clear"].includes(positional3[0] ?? "");
    case "yarn":
      return m.subcommand === "cache" && positional3[0] === "clean";
    case "pnpm":
      return m.subcommand === "store" && positional3[0] === "prune";
    case "conda":
      return m.subcommand === "clean" && m.args.some((a) => a === "--all" || /^-[a-zA-Z]*a[a-zA-Z]*$/.test(a));
    default:
      return false;
  }
}
var APT_ARCHIVES = "/var/cache/apt/archives";
var removesDockerClean = (script) => script.commands.some((c) => commandName(c) === "rm" && c.args.some((a) => /(^|\/)apt\.conf\.d\/docker-clean$/.test(a)));
function archivesLeft(script, target, mounts, scope) {
  if (target.info.label !== "apt" || mounts.some((m) => pathWithin(APT_ARCHIVES, m))) return void 0;
  const archives = { ...target, paths: [APT_ARCHIVES] };
  const at = script.commands.indexOf(target.mc.cmd);
  return script.commands.some((c, i) => i > at && cleans(c, archives, scope)) ? void 0 : archives;
}
function shortText(cmd) {
  const t = cmd.text.replace(/\s*\\\n\s*/g, " ").replace(/\s+/g, " ").trim();
  return t.length > 70 ? `${t.slice(0, 67)}...` : t;
}
var LL301_cache_leftover_default = defineRule({
  code: "LL301",
  name: "cache-leftover",
  severity: "warning",
  since: "0.1.0",
  sameAs: ["hadolint DL3009", "hadolint DL3019", "hadolint DL3032", "hadolint DL3040", "hadolint DL3042", "hadolint DL3060", "trivy DS-0015", "trivy DS-0019", "trivy DS-0025", "trivy DS-0027", "dockle DKL-DI-0004", "dockle DKL-DI-0005"],
  // With the built image (also when the Dockerfile is rebuilt from its history) only the image is judged:
  // its cache folders show exactly what the installs left, so no Dockerfile finding repeats or contradicts them.
  needs: { facts: ["lineage"], dockerfile: true, history: false, image: {} },
  docs: {
    what: "Checks that package installs in the image's own stages (the target stage and the stages it is built FROM) leave no package-manager cache in their layer: an install that neither avoids the cache (a no-cache flag or variable) nor cleans it is reported; the managers, their cache folders and the flags and commands that avoid or clean each are in \"Package caches\" below (apt-get clean keeps the lists; once a RUN removes the Debian/Ubuntu images' docker-clean hook, /etc/apt/apt.conf.d/docker-clean, apt also keeps the downloaded .deb files in /var/cache/apt/archives, which must then be mounted or cleaned too; for RubyGems and Bundler the .gem archives in the gem directory's cache/, also <path>/ruby/<version>/cache with a Bundler path or deployment setting; `bundle install --no-cache` only skips vendor/cache and `--no-document` only skips the docs). The clean-up must come later in the same RUN; a removal in a later RUN is reported too, because it cannot shrink the earlier layer. RUN --mount=type=cache or type=tmpfs over the cache path, PIP_NO_CACHE_DIR (any value, as pip reads it), UV_NO_CACHE, `pip config set global.no-cache-dir`, and custom cache locations (--cache-dir, --cache, npm_config_cache, YARN_CACHE_FOLDER, --store-dir) that are removed are understood. Builder stages whose files are only copied with COPY --from are checked only for caches under a path that is copied (COPY --from=build /var/task/ ships the .gem archives a Bundler deployment install keeps in /var/task/vendor/bundle/ruby/<version>/cache); their other caches never ship. On a built image (with or without its Dockerfile, or rebuilt from the history) the image alone is judged: the bytes under the known cache folders (pip, uv, apt lists and archives, yum/dnf, apk, npm _cacache, yarn, pnpm store, conda pkgs, RubyGems/Bundler .gem archives; /root or /home/<user>), in the final filesystem and in copies a later layer deleted (they still ship), summed per cache with the layers that hold them; a cache is reported above 64 KiB (a proper clean-up leaves only a few files under 1 KiB). The finding sits on the RUN that made the layer when the Dockerfile is given.",
    why: "A cache left in a layer is shipped in the function image for nothing: tens to hundreds of MB of wheels, tarballs and repository metadata that count against the 10 GB image limit, make every push and deployment slower, and add to the bytes Lambda has to fetch and cache when it prepares the image for new execution environments. Deleting the cache in a later RUN does not help: the earlier layer still holds it.",
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.docker.com/build/building/best-practices/#apt-get",
      "https://docs.docker.com/build/cache/optimize/#use-cache-mounts",
      "https://pip.pypa.io/en/stable/topics/caching/",
      "https://docs.aws.amazon.com/linux/al2023/ug/package-management.html",
      "https://github.com/hadolint/hadolint/wiki/DL3042",
      "https://bundler.io/man/bundle-install.1.html",
      "https://guides.rubygems.org/command-reference/#gem-install"
    ],
    tables: [
      {
        title: "Package caches",
        intro: "The caches this rule knows (src/knowledge/caches.ts): where each manager keeps them when building as root, and what avoids or removes them in the same RUN, with the manager documentation each entry comes from.",
        columns: ["cache", "managers", "folders", "avoided by", "cleaned by", "source"],
        rows: () => CACHES.map((c) => [c.label, c.managers.join(", "), c.paths.join(", "), [...c.noCacheFlags ?? [], ...c.noCacheEnv ?? []].join(", ") || "-", c.cleanCommands.join("; ") || "-", c.source])
      }
    ]
  },
  messages: {
    misleadingNoCacheDir: {
      text: 'PIP_NO_CACHE_DIR={{value}} reads as "keep the cache", but pip disables its cache for any value of PIP_NO_CACHE_DIR, "{{value}}" included (kept for backwards compatibility): the setting says the opposite of what it does.',
      severity: "info",
      fix: "Write PIP_NO_CACHE_DIR=1 (or pass --no-cache-dir) to say what happens; remove the variable if you want the cache."
    },
    cacheLeft: {
      text: "`{{command}}` leaves the {{manager}} cache in {{path}} ({{size}}) in this layer, and it ships with the image.{{note}}",
      severity: "warning",
      fix: "{{fix}}."
    },
    cleanedInLaterLayer: {
      text: "`{{command}}` leaves the {{manager}} cache in {{path}} in this layer; the RUN at line {{cleanLine}} removes it, but a later layer cannot shrink an earlier one, so the bytes still ship.",
      severity: "warning",
      fix: "Clean up in the same RUN as the install: {{fix}}."
    },
    imageCache: {
      text: "The {{manager}} cache ships {{size}} in the image ({{files}} under {{paths}}, layer {{layers}}){{note}}.",
      severity: "warning",
      fix: "{{fix}}.",
      evidence: "image"
    }
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    for (const s of [...lineage]) {
      const whole = flattenedFrom(s);
      if (whole) for (const f of ctx.facts.lineageOf(whole)) lineage.add(f);
    }
    const builders = copiedOut(lineage, (s) => ctx.facts.lineageOf(s));
    const pending = [];
    let pipConfigNoCache = false;
    let keepsArchives = false;
    const bundleSettings = {};
    return {
      image(image) {
        const total = image.layers.length;
        for (const c of imageCaches(image)) {
          const layers = [...c.byLayer.entries()].filter(([, b]) => b > 0).sort((a, b) => a[0] - b[0]);
          const main = [...layers].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
          const dirs = [...c.dirs].sort();
          const paths = dirs.length > 3 ? `${dirs.slice(0, 3).join(", ")} + ${dirs.length - 3} more` : dirs.join(", ");
          const layerList = layers.map(([l, b]) => layers.length > 1 ? `${l + 1} (${formatBytes(b)})` : `${l + 1}`).join(", ");
          const note = c.deleted > 0 ? `; ${formatBytes(c.deleted)} of it was deleted by a later layer but still ships` : "";
          const manager = c.info.label;
          const fix = c.info.fix.replace("{{manager}}", c.info.managers[0]).replace("{{path}}", dirs[0] ?? c.info.mainPath);
          ctx.report({
            messageId: "imageCache",
            source: "image-layer",
            layer: main,
            data: { manager, size: `${formatBytes(c.bytes)} (${c.bytes} bytes)`, files: `${c.files} file${c.files === 1 ? "" : "s"}`, paths, layers: `${layerList}${total ? ` of ${total}` : ""}`, note, fix }
          });
        }
      },
      instruction(ins) {
        if (ctx.image) return;
        if (ins.keyword !== "RUN" || !ins.stage || !(lineage.has(ins.stage) || builders.has(ins.stage))) return;
        const copied = lineage.has(ins.stage) ? void 0 : builders.get(ins.stage);
        const script = ctx.df.shell(ins);
        if (!script) return;
        for (const p of pending) {
          if (!p.cleanedAt && script.commands.some((c) => cleans(c, p, ins.scope))) p.cleanedAt = ins;
        }
        if (removesDockerClean(script)) keepsArchives = true;
        const mounts = mountsOf(ins);
        const commands = managerCommands(script);
        const { aptUpdates, aptJudged } = aptListsOf(commands);
        let aptSeen = false;
        const left = /* @__PURE__ */ new Set();
        for (const mc of commands) {
          if (mc.manager === "pip" && mc.subcommand === "config" && mc.args[0] === "set" && /\.no-cache-dir$/.test(mc.args[1] ?? "")) pipConfigNoCache = true;
          readBundleConfig(mc, bundleSettings);
          const info = cacheFor(mc.manager);
          if (!info || !FILLS_CACHE[mc.manager]?.includes(mc.subcommand) || missingOn(ins.stage, mc.manager)) continue;
          const scope = exportedScope(script, mc.cmd, ins.scope);
          if (mc.manager === "pip") {
            const v = varOf(scope, mc.cmd, "PIP_NO_CACHE_DIR");
            if (v !== void 0 && v !== "" && FALSEY.has(v.toLowerCase())) {
              ctx.report({ messageId: "misleadingNoCacheDir", data: { value: v }, at: ins });
              continue;
            }
          }
          const paths = evaluate(mc, info, scope, pipConfigNoCache, bundleSettings);
          if (!paths || copied && !underCopied(paths[0], ins, copied)) continue;
          const target = { info, mc, paths };
          const archives = keepsArchives ? archivesLeft(script, target, mounts, ins.scope) : void 0;
          if (isApt(mc) && mc !== aptJudged) {
            if (archives && !aptUpdates && !aptSeen) pending.push({ ...archives, ins });
            aptSeen ||= archives !== void 0;
            continue;
          }
          if (!mounts.some((m) => pathWithin(paths[0], m)) && !cleanedLater(script, mc, target, ins)) {
            if (!left.has(paths[0])) pending.push({ ...target, ins });
            left.add(paths[0]);
          } else if (archives) pending.push({ ...archives, ins });
        }
      },
      end() {
        for (const p of pending) {
          const { info, mc } = p;
          const data = pendingData(p);
          if (p.cleanedAt) {
            if (!lineage.has(p.ins.stage) && cleanedBeforeCopy(p, [...lineage], (s) => ctx.facts.lineageOf(s))) continue;
            ctx.report({ messageId: "cleanedInLaterLayer", at: p.ins, data: { ...data, cleanLine: p.cleanedAt.span.line } });
            continue;
          }
          const aptClean = isApt(mc) && (ctx.df.shell(p.ins)?.commands ?? []).some((c) => ["apt-get", "apt"].includes(commandName(c)) && c.args.includes("clean"));
          const note = aptClean ? " `apt-get clean` empties /var/cache/apt/archives but keeps the lists." : "";
          const size = info.typicalMb ? `typically ${formatMb(info.typicalMb)}` : "size varies";
          ctx.report({ messageId: "cacheLeft", at: p.ins, data: { ...data, size, note } });
        }
      }
    };
  }
});

// rules/LL302-layer-order.ts
import { posix as posix12 } from "node:path";
var FAMILY = {
  pip: "python",
  uv: "python",
  poetry: "python",
  pipenv: "python",
  conda: "python",
  npm: "node",
  yarn: "node",
  pnpm: "node",
  bun: "node",
  bundle: "ruby",
  gem: "ruby",
  go: "go",
  mvn: "mvn",
  gradle: "gradle",
  dotnet: "dotnet",
  cargo: "cargo"
};
var OS_MANAGERS = ["apt-get", "apt", "apk", "yum", "dnf", "microdnf"];
var HARMLESS = /* @__PURE__ */ new Set(["rm", "echo", "set", "true", "mkdir", "ln", "chmod", "apt-mark", "update-ca-certificates", "ldconfig", "printf", "update-alternatives", "amazon-linux-extras"]);
var MAINTENANCE = ["update", "clean", "cache", "makecache", "upgrade", "config", "autoremove", "purge", "remove", "del", "dist-clean", "erase"];
var MVN_DEPS = ["dependency:go-offline", "dependency:resolve", "dependency:resolve-plugins", "de.qaware.maven:go-offline-maven-plugin:resolve-dependencies"];
var MVN_BUILD = ["package", "install", "verify", "compile", "deploy"];
var GRADLE_BUILD = ["build", "assemble", "shadowJar", "installDist", "jar", "bootJar", "buildZip", "compileJava", "distZip"];
function isLocalPath(spec) {
  return spec.startsWith(".") || spec.startsWith("/") || spec.startsWith("$") || spec.includes("/") || ARTIFACT_EXTENSIONS.some((e) => spec.endsWith(e)) || spec.startsWith("git+") || spec.startsWith("file:");
}
function positional(args) {
  return args.filter((a) => !a.startsWith("-"));
}
function classify2(mc, install) {
  const pos = positional(mc.args);
  const all = [mc.subcommand, ...mc.args];
  const named = install?.packages ?? [];
  const local = named.filter(isLocalPath);
  const remote = named.filter((p) => !isLocalPath(p));
  const files = install?.files ?? [];
  const done = (kind) => ({ kind, mc, files });
  if (OS_MANAGERS.includes(mc.manager)) return install && remote.length ? done("packages") : void 0;
  switch (mc.manager) {
    case "pip":
      if (!install) return void 0;
      if (files.length) return done("deps");
      if (local.some((p) => p === "." || p === "./" || p.startsWith("./") || p === ".[dev]" || /^\.\[/.test(p))) return done("build");
      return remote.length && !local.length ? done("packages") : void 0;
    case "uv":
      if (mc.subcommand === "sync") return done("deps");
      if (mc.subcommand === "pip" && pos[0] === "sync") return done("deps");
      if (!install) return void 0;
      if (files.length) return done("deps");
      return remote.length && !local.length ? done("packages") : void 0;
    case "poetry":
      return mc.subcommand === "install" ? done("deps") : void 0;
    case "pipenv":
      return install && !remote.length && !local.length ? done("deps") : void 0;
    case "conda":
      if (mc.subcommand === "env" && ["create", "update"].includes(pos[0] ?? "")) return done("deps");
      if (install && files.length) return done("deps");
      return install && remote.length && !local.length ? done("packages") : void 0;
    case "npm":
      if (mc.subcommand === "ci") return done("deps");
      if (!install) return void 0;
      if (!named.length) return done("deps");
      return !local.length && !mc.args.includes("-g") && !mc.args.includes("--global") ? done("packages") : void 0;
    case "yarn":
    case "pnpm":
    case "bun":
      if (!install) return void 0;
      if (mc.subcommand !== "add" && !named.length) return done("deps");
      return mc.subcommand === "add" && remote.length && !local.length ? done("packages") : void 0;
    case "bundle":
      return mc.subcommand === "install" ? done("deps") : void 0;
    case "go":
      if (mc.subcommand === "mod" && pos[0] === "download") return done("deps");
      if (mc.args.some((a) => a === "-mod=vendor")) return void 0;
      if (mc.subcommand === "build" || mc.subcommand === "install" && pos.every((p) => !p.includes("@"))) return done("build");
      return void 0;
    case "mvn":
      if (all.some((a) => MVN_DEPS.includes(a))) return done("deps");
      if (all.some((a) => MVN_BUILD.includes(a)) && !mc.args.includes("-o") && !mc.args.includes("--offline")) return done("build");
      return void 0;
    case "gradle":
      if (all.includes("dependencies") || all.includes("downloadDependencies")) return done("deps");
      if (all.some((a) => GRADLE_BUILD.includes(a)) && !mc.args.includes("--offline")) return done("build");
      return void 0;
    case "dotnet":
      if (mc.subcommand === "restore") return done("deps");
      if (["publish", "build"].includes(mc.subcommand) && !mc.args.includes("--no-restore")) return done("build");
      return void 0;
    case "cargo":
      if (mc.subcommand === "fetch") return done("deps");
      if (mc.subcommand === "build" || mc.subcommand === "lambda" && pos[0] === "build") return done("build");
      return void 0;
    default:
      return void 0;
  }
}
function basename6(p) {
  const clean = p.replace(/\/+$/, "");
  return clean.slice(clean.lastIndexOf("/") + 1);
}
var globToRegExp2 = (glob) => globToRegExp(glob, ".*");
var CODE_EXAMPLES = ["app.py", "lambda_function.py", "index.js", "index.mjs", "handler.ts", "main.go", "app.rb", "Function.cs", "Handler.java", "main.rs"];
var HASH_SOURCE = /^(?:[a-z0-9]+:)?[0-9a-f]{10,}$/;
function historyCodeSource(ins, workdir) {
  const copy = ins.copy;
  if (!copy) return void 0;
  const dest = copy.dest.replace(/\/+$/, "") || "/";
  if (dest === "/") return void 0;
  if (!copy.sources.some((s) => HASH_SOURCE.test(s))) return null;
  const roots = ["/var/task", ...workdir && workdir !== "/" ? [workdir.replace(/\/+$/, "")] : []];
  if (!roots.some((r) => dest === r || dest.startsWith(`${r}/`))) return void 0;
  if (!copy.dest.endsWith("/") && isManifestName(basename6(dest))) return void 0;
  return copy.sources[0];
}
function codeSource(ins) {
  if (ins.keyword !== "COPY" && ins.keyword !== "ADD" || !ins.copy || ins.copy.from !== void 0) return void 0;
  if (ins.copy.dest === "/tmp" || ins.copy.dest.startsWith("/tmp/")) return void 0;
  if (ins.copy.dest.startsWith("/etc/") || ins.copy.dest.startsWith("/usr/local/share/ca-certificates")) return void 0;
  for (const src of ins.copy.sources) {
    if (!src || src.includes("$") || /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith("<<")) continue;
    const base2 = basename6(src);
    if (base2 === "" || base2 === "." || base2 === ".." || src === "/") return src;
    if (/[*?[]/.test(base2)) {
      const re = globToRegExp2(base2);
      if ((MANIFEST_EXAMPLES.some((m) => re.test(m)) || BUILD_CONFIG_EXAMPLES.some((m) => re.test(m))) && !CODE_EXAMPLES.some((c) => re.test(c))) continue;
      return src;
    }
    if (isManifestName(base2) || isBuildConfigName(base2) || DEPENDENCY_DIRS2.includes(base2) || ARTIFACT_EXTENSIONS.some((e) => base2.endsWith(e)) || DOC_FILE.test(base2)) continue;
    return src;
  }
  return void 0;
}
var DOC_FILE = /^(LICEN[CS]E|COPYING|NOTICE|AUTHORS|README|CHANGELOG|CHANGES)([.-][\w.-]*)?$|\.(md|rst)$/i;
function presentManifests(list3, context, folder = "") {
  if (!list3) return "the dependency manifests";
  const names = list3.split(" ");
  const lock = (n) => /lock|\.sum$/i.test(n);
  if (!context) return names.map((n) => lock(n) && !n.includes("*") ? `${n}*` : n).join(" ");
  const kept = names.filter((n) => !lock(n) || n.includes("*") || context.at(`${folder}${n}`).length > 0);
  return kept.join(" ");
}
function fixCommandOf(mc) {
  const text = oneLine(mc.cmd);
  if (mc.manager === "poetry" && mc.subcommand === "install" && !mc.args.some((a) => a === "--no-root" || a === "--only-root")) return `${text} --no-root`;
  if (mc.manager === "uv" && mc.subcommand === "sync" && !mc.args.includes("--no-install-project")) return `${text} --no-install-project`;
  return text;
}
function manifestCopy(deps, code, dest, context, installDir) {
  const ecosystem = ECOSYSTEMS[deps.mc.manager]?.manifests;
  const named = deps.files.map(basename6);
  const dir = deps.files.length ? posix12.dirname(deps.files[0]) : ".";
  const sub = named.length && dir !== "." && !/^[/$]/.test(dir) && deps.files.every((f) => posix12.dirname(f) === dir) ? dir.replace(/^\.\//, "") : "";
  const whole = codeFolder(code, dest === destWritten(code));
  const above = whole ? "" : contextSubfolder(code, installDir);
  const folder = whole || above;
  if (above) dest = installDir;
  const first = `${sub ? `${sub}/` : ""}${named[0] ?? ""}`;
  const from = folder && context && named.length && context.at(`${folder}${first}`).length === 0 && context.at(first).length > 0 ? "" : folder;
  const locks = ecosystem ? presentManifests(ecosystem, context, from).split(" ").filter((n) => /lock|\.sum$/i.test(n) && !named.includes(n.replace(/\*$/, ""))) : [];
  const list3 = named.length ? [...named, ...locks] : presentManifests(ecosystem, context, from).split(" ");
  const manifests = list3.map((n) => `${from}${sub ? `${sub}/` : ""}${n}`);
  for (const src of code.copy?.sources ?? []) if (isBuildConfigName(basename6(src)) && !manifests.includes(src)) manifests.push(src);
  return { manifests: manifests.join(" "), destDir: withSlash(sub ? `${withSlash(dest)}${sub}` : dest) };
}
function cargoCache(manager, stage, lineage) {
  if (manager !== "cargo") return void 0;
  const home = stage.env.get("CARGO_HOME")?.value;
  if (home && home.startsWith("/") && !home.includes("$")) return `${home.replace(/\/+$/, "")}/registry`;
  const root = lineage[lineage.length - 1] ?? stage;
  return /(^|\/)rust$/.test(root.base.ref.repository) ? "/usr/local/cargo/registry" : "/root/.cargo/registry";
}
function contextSubfolder(code, installDir) {
  const spec = code.copy;
  if (!installDir || !spec || spec.sources.length !== 1 || ![".", "./"].includes(spec.sources[0]) || spec.dest.includes("$")) return "";
  const codeDest = posix12.normalize(spec.dest.startsWith("/") ? spec.dest : posix12.join(code.workdir, spec.dest)).replace(/(.)\/+$/, "$1");
  const wd = posix12.normalize(installDir).replace(/(.)\/+$/, "$1");
  return wd !== codeDest && pathWithin(wd, codeDest) ? withSlash(posix12.relative(codeDest, wd)) : "";
}
function codeFolder(code, intoInstallDir) {
  const sources = code.copy?.sources ?? [];
  if (!intoInstallDir || sources.length !== 1) return "";
  const src = sources[0].replace(/^\.\//, "");
  return src !== "" && src !== "." && !src.includes("$") && !/[*?[]/.test(src) && (src.endsWith("/") || !/\.\w+$/.test(src)) ? withSlash(src) : "";
}
var EXPORTERS = {
  uv: { subcommand: "export", manager: "uv" },
  poetry: { subcommand: "export", manager: "poetry" },
  pipenv: { subcommand: "requirements", manager: "pipenv" }
};
function copyPlace(code, history) {
  if (!history) return `line ${code.span.line}`;
  const layer = history[code.index - 1]?.layer;
  return layer !== void 0 ? `image layer ${layer + 1}` : "earlier in the image history";
}
function projectStep(mc) {
  if (mc.manager === "uv") return mc.subcommand === "sync" && !mc.args.includes("--no-install-project") && !mc.args.includes("--only-group");
  if (mc.manager === "poetry") return mc.subcommand === "install" && !mc.args.includes("--no-root");
  return false;
}
function exporterOf(scripts, deps) {
  if (deps.files.length === 0) return void 0;
  const read = new Set(deps.files.map(basename6));
  for (const commands of scripts) {
    const redirected = commands.flatMap((c) => c.redirects).find((r) => (r.op === ">" || r.op === ">>") && read.has(basename6(r.target)));
    for (let k = 0; k < commands.length; k++) {
      const c = commands[k];
      if (c === deps.mc.cmd) break;
      const e = EXPORTERS[c.name];
      if (!e || c.args[0] !== e.subcommand) continue;
      const out = c.args.find((a, i) => i > 0 && /^(-o|--output|--output-file)$/.test(c.args[i - 1])) ?? c.args.find((a) => /^--output(-file)?=/.test(a))?.replace(/^--output(-file)?=/, "");
      if (!(out && read.has(basename6(out))) && !(!out && redirected)) continue;
      const before = commands.slice(0, k).filter((x) => !x.substitutionOf && !x.viaShellC).map(oneLine);
      const exported = out ? oneLine(c) : `${oneLine(c)} ${redirected.op} ${redirected.target}`;
      return { text: [...before, exported].join(" && "), manager: e.manager };
    }
  }
  return void 0;
}
function oneLine(cmd) {
  return cmd.text.replace(/\s*\\\n\s*/g, " ").replace(/\s+/g, " ").trim();
}
function shortText2(cmd) {
  const t = oneLine(cmd);
  return t.length > 70 ? `${t.slice(0, 67)}...` : t;
}
function copyText(ins) {
  const t = `${ins.keyword} ${ins.words.join(" ")}`;
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
function destWritten(ins) {
  const body = ins.text.trim();
  if (body.startsWith("[")) {
    try {
      const parts = JSON.parse(body);
      if (Array.isArray(parts) && typeof parts[parts.length - 1] === "string") return parts[parts.length - 1];
    } catch {
    }
  }
  return ins.words[ins.words.length - 1] ?? ".";
}
function withSlash(dest) {
  return dest.endsWith("/") ? dest : `${dest}/`;
}
var LL302_layer_order_default = defineRule({
  code: "LL302",
  name: "layer-order",
  severity: "warning",
  since: "0.1.0",
  needs: { facts: ["lineage", "history"], dockerfile: true, context: true, history: true },
  docs: {
    what: "Checks, in each stage that is built for the target, that application code is copied after the dependency install, not before it. Any COPY/ADD from the build context that brings a file which is not a dependency manifest counts as code (COPY . , COPY src/, and also `COPY app.py requirements.txt ./`); dependency manifests, build configuration such as tsconfig.json, dependency folders and pre-built artifacts (the Not code table below), and project documents (LICENSE, NOTICE, README, CHANGELOG, *.md), do not. It reports (1) a dependency install (the Dependency installs table below, and the other install commands of each manager) after code; (2) a build that downloads its dependencies (mvn package, gradle build, dotnet publish, cargo build, go build, pip install .) after code when no earlier step fetched them from the manifests alone and no cache mount keeps them; (3) a RUN that only installs named packages (pip install boto3, dnf install -y gcc) after code. Stages the target is built FROM are reported as warnings; builder stages that are only copied from as info (build time only); stages the target never uses are skipped. COPY --from is not judged. On an image without its Dockerfile the rule judges the history: BuildKit and kaniko record real COPY sources; the classic builder and buildah record content hashes (`COPY dir:4b2e... in /var/task`), which count as code when they land in /var/task or the working directory (a destination named like a manifest, e.g. .../requirements.txt, does not), and `ADD file:... in /` (a base image root filesystem) never counts.",
    why: "Docker reuses a cached layer only while every earlier layer is unchanged. When the code is copied first, any edit to a handler invalidates the cache for the install, so every build downloads and installs every dependency again: minutes per build instead of seconds. In the function image it also produces a new dependency layer with a new digest on each deploy, so the push uploads it again and Lambda has to fetch and cache it again for new execution environments, instead of reusing the unchanged layer.",
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.docker.com/build/cache/optimize/#order-your-layers",
      "https://docs.docker.com/build/cache/",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      "https://docs.astral.sh/uv/guides/integration/docker/#intermediate-layers"
    ],
    tables: [
      {
        title: "Dependency installs",
        intro: "Per package manager: the manifests to copy before the code, and the command that fetches the dependencies from them alone (src/knowledge/dependency-manifests.ts).",
        columns: ["manager", "copy first", "then"],
        rows: () => Object.entries(ECOSYSTEMS).map(([manager, e]) => [manager, e.manifests, e.prefetch])
      },
      {
        title: "Not code",
        intro: "What a COPY may bring before the install without counting as code (src/knowledge/dependency-manifests.ts).",
        columns: ["kind", "entries"],
        rows: () => [
          ["manifests (examples; every file name a manager reads counts)", MANIFEST_EXAMPLES.join(", ")],
          ["build and install configuration (changes as rarely; an install script may read it)", BUILD_CONFIG_EXAMPLES.join(", ")],
          ["dependency folders", DEPENDENCY_DIRS2.map((d) => `${d}/`).join(", ")],
          ["pre-built artifacts", ARTIFACT_EXTENSIONS.map((x) => `*${x}`).join(", ")]
        ]
      }
    ]
  },
  messages: {
    codeBeforeInstall: {
      text: "{{copy}} ({{copyAt}}) brings application code in before `{{command}}`: every code change re-runs this install{{impact}}.",
      severity: "warning",
      fix: "Copy only the dependency manifests first: COPY {{manifests}} {{destDir}}, then RUN {{fixCommand}}, then {{copyFull}} (the code){{projectStep}}."
    },
    buildWithoutDependencyLayer: {
      text: "`{{command}}` fetches every dependency after {{copy}} ({{copyAt}}) brought the code in, and no earlier step fetched them from the manifests alone: every code change downloads them again{{impact}}.",
      severity: "warning",
      fix: "COPY {{manifests}} {{destDir}} and RUN {{prefetch}} before {{copyFull}}, then build; or keep the downloads in a cache mount (RUN --mount=type=cache,target={{cache}} ...)."
    },
    installAfterCode: {
      text: "`{{command}}` does not need the application code but runs after {{copy}} ({{copyAt}}): every code change re-runs it{{impact}}.",
      severity: "warning",
      fix: "Move this RUN above {{copyAt}}, before the code is copied."
    }
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    const codeCopies = /* @__PURE__ */ new Map();
    const prefetched = /* @__PURE__ */ new Map();
    const readByInstalls = /* @__PURE__ */ new Set();
    const depsSeen = /* @__PURE__ */ new Map();
    let workdir;
    const history = ctx.mode === "history" ? ctx.facts.history : void 0;
    const copyAt = (code) => copyPlace(code, history);
    return {
      instruction(ins) {
        const stage = ins.stage;
        if (!stage || !stage.reachesTarget) return;
        if (ins.keyword === "WORKDIR" && ins.words[0]) workdir = ins.words[0].startsWith("/") ? ins.words[0] : `${(workdir ?? "").replace(/\/+$/, "")}/${ins.words[0]}`;
        if (ins.keyword === "COPY" || ins.keyword === "ADD") {
          const fromHistory = history ? historyCodeSource(ins, workdir) : null;
          const src = fromHistory === null ? codeSource(ins) : fromHistory;
          if (src !== void 0) codeCopies.set(stage, [...codeCopies.get(stage) ?? [], ins]);
          return;
        }
        if (ins.keyword !== "RUN") return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        const byCmd = new Map(installs(script).map((i) => [i.cmd, i]));
        const found = [];
        for (const mc of managerCommands(script)) {
          const c = classify2(mc, byCmd.get(mc.cmd));
          if (c) found.push(c);
        }
        for (const c of found) for (const f of c.files) readByInstalls.add(basename6(f));
        const code = ctx.facts.lineageOf(stage).flatMap((s) => codeCopies.get(s) ?? []).find((c) => !c.copy?.sources.every((src) => readByInstalls.has(basename6(src))));
        const seen = depsSeen.get(stage) ?? /* @__PURE__ */ new Set();
        depsSeen.set(stage, seen);
        const pre = prefetched.get(stage) ?? /* @__PURE__ */ new Set();
        prefetched.set(stage, pre);
        if (!code) {
          for (const c of found) if (c.kind === "deps" || c.kind === "build") pre.add(FAMILY[c.mc.manager] ?? c.mc.manager);
          for (const c of found) if (c.kind === "deps") seen.add(FAMILY[c.mc.manager] ?? c.mc.manager);
          return;
        }
        const inTarget = lineage.has(stage);
        const impact = inTarget ? ", and every deploy ships a new copy of the dependency layer" : " (build time only: this stage is only copied from)";
        const severity = inTarget ? void 0 : "info";
        const base2 = { copy: copyText(code), copyFull: `${code.keyword} ${code.words.join(" ")}`, copyAt: copyAt(code), impact };
        const codeDest = code.copy?.dest.replace(/\/+$/, "") || "/";
        const dest = codeDest === (ins.workdir.replace(/\/+$/, "") || "/") ? destWritten(code) : "./";
        const fetched = (family) => ctx.facts.lineageOf(stage).some((s) => depsSeen.get(s)?.has(family) || prefetched.get(s)?.has(family));
        const deps = found.find((c) => c.kind === "deps" && !(projectStep(c.mc) && fetched(FAMILY[c.mc.manager] ?? c.mc.manager)));
        const build = found.find((c) => c.kind === "build" && !fetched(FAMILY[c.mc.manager] ?? ""));
        for (const c of found) if (c.kind === "deps") seen.add(FAMILY[c.mc.manager] ?? c.mc.manager);
        if (deps) {
          const earlier = stage.instructions.filter((i) => i.keyword === "RUN" && i.index < ins.index).map((i) => ctx.df.shell(i)?.commands ?? []);
          const exporter = exporterOf([script.commands, ...earlier.reverse()], deps);
          const { manifests, destDir } = manifestCopy(exporter ? { ...deps, files: [], mc: { ...deps.mc, manager: exporter.manager } } : deps, code, dest, ctx.context, ins.workdir);
          const fixCommand = exporter ? `${exporter.text} && ${fixCommandOf(deps.mc)}` : fixCommandOf(deps.mc);
          const projectStep2 = fixCommand !== oneLine(deps.mc.cmd) && !exporter ? `, then RUN ${oneLine(deps.mc.cmd)} (the project itself)` : "";
          ctx.report({ messageId: "codeBeforeInstall", at: ins, severity, data: { ...base2, command: shortText2(deps.mc.cmd), fixCommand, manifests, destDir, projectStep: projectStep2 } });
          return;
        }
        if (build) {
          const mounts = cacheMountTargets(ins.flags);
          const caches = cachePathsFor(build.mc.manager);
          if (caches.some((p) => mounts.some((m) => pathWithin(p, m)))) return;
          const eco = ECOSYSTEMS[build.mc.manager];
          ctx.report({
            messageId: "buildWithoutDependencyLayer",
            at: ins,
            severity,
            data: { ...base2, command: shortText2(build.mc.cmd), manifests: presentManifests(eco?.manifests, ctx.context), prefetch: eco?.prefetch ?? "the dependency download", destDir: withSlash(dest), cache: cargoCache(build.mc.manager, stage, ctx.facts.lineageOf(stage)) ?? caches[0] ?? "<cache dir>" }
          });
          return;
        }
        const packages = found.find((c) => c.kind === "packages");
        const onlyInstalls = script.commands.every((cmd) => {
          if (HARMLESS.has(commandName(cmd))) return true;
          const mc = managerCommands({ text: cmd.text, commands: [cmd], hasError: false })[0];
          return mc !== void 0 && (MAINTENANCE.includes(mc.subcommand) || found.some((c) => c.mc.cmd === cmd && c.kind === "packages"));
        });
        const installsOnly = found.every((c) => c.kind === "packages");
        if (packages && onlyInstalls && installsOnly && !script.hasError) {
          ctx.report({ messageId: "installAfterCode", at: ins, severity, data: { ...base2, command: shortText2(packages.mc.cmd) } });
        }
      }
    };
  }
});

// src/core/ranges.ts
var formatMs = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(n >= 1e4 ? 0 : 1)} s` : `${Math.round(n)} ms`;
function range(low, high) {
  if (low === high) return low;
  const [lv, lu] = low.split(" ");
  const [hv, hu] = high.split(" ");
  return lu === hu ? `${lv}\u2013${hv} ${hu}` : `${low}\u2013${high}`;
}
var msRange = (r) => range(formatMs(r.low), formatMs(r.high));
var sizeRange = (r) => range(formatBytes(r.low), formatBytes(r.high));

// src/knowledge/cold-start.ts
var FIT = "heuristic: fitted to the reference article figures (illustrative and unverified: no AWS page or public benchmark gives them)";
var RUNTIME_START = {
  python: { label: "Python runtime start-up", p50: [200, 400], p99: [550, 1050], source: `${FIT}: Python 3.12 AWS base 300/800 ms` },
  nodejs: { label: "Node.js runtime start-up", p50: [170, 320], p99: [480, 900], source: `${FIT}: Node.js 20 AWS base 250/700 ms` },
  java: { label: "JVM start-up and class loading", p50: [2e3, 4e3], p99: [6e3, 1e4], source: `${FIT}: Java 21 AWS base 3/8 s` },
  dotnet: { label: ".NET runtime (CLR) start-up and JIT", p50: [280, 480], p99: [700, 1200], source: `${FIT}: .NET 8 AWS base 400 ms/1 s` },
  ruby: { label: "Ruby runtime start-up", p50: [220, 450], p99: [600, 1200], source: "heuristic: no reference figure; assumed close to Python" },
  native: { label: "native binary start-up (Go/Rust, custom runtime)", p50: [50, 100], p99: [120, 240], source: `${FIT}: Go on a minimal custom image 80/200 ms` },
  unknown: { label: "runtime start-up (runtime not recognised)", p50: [100, 800], p99: [300, 2e3], source: "heuristic: wide range because the runtime is not known" }
};
var PER_OWN_MB = {
  p50: [0.08, 0.16],
  p99: [0.2, 0.4],
  source: "heuristic: ~6.5% of bytes read at init (Brooker et al., ATC '23) at cache throughput; fitted with the references"
};
var IMPORT_COST = {
  numpy: { label: "import numpy", p50: [50, 90], p99: [120, 210], source: FIT },
  pandas: { label: "import pandas", p50: [170, 270], p99: [380, 620], source: FIT },
  scipy: { label: "import scipy", p50: [80, 160], p99: [200, 400], source: "heuristic" },
  "scikit-learn": { label: "import sklearn", p50: [100, 200], p99: [250, 500], source: "heuristic" },
  pyarrow: { label: "import pyarrow", p50: [60, 140], p99: [150, 350], source: "heuristic" },
  polars: { label: "import polars", p50: [40, 100], p99: [100, 250], source: "heuristic" },
  "torch-cpu": { label: "import torch", p50: [320, 540], p99: [850, 1250], source: FIT },
  torch: { label: "import torch (CUDA build)", p50: [400, 700], p99: [1e3, 1600], source: "heuristic: the CPU figure plus loading CUDA libraries" },
  tensorflow: { label: "import tensorflow", p50: [800, 1600], p99: [2e3, 4e3], source: "heuristic" },
  transformers: { label: "import transformers", p50: [100, 200], p99: [250, 450], source: FIT },
  opencv: { label: "import cv2", p50: [60, 140], p99: [150, 350], source: "heuristic" },
  matplotlib: { label: "import matplotlib", p50: [150, 300], p99: [400, 800], source: "heuristic" },
  numba: { label: "import numba", p50: [200, 400], p99: [500, 1e3], source: "heuristic" },
  spacy: { label: "import spacy", p50: [200, 500], p99: [500, 1200], source: "heuristic" },
  onnxruntime: { label: "import onnxruntime", p50: [60, 150], p99: [150, 400], source: "heuristic" },
  langchain: { label: "import langchain", p50: [150, 400], p99: [400, 1e3], source: "heuristic" },
  "aws-sdk": { label: "require('aws-sdk') (v2)", p50: [50, 110], p99: [140, 260], source: FIT },
  sharp: { label: "require('sharp')", p50: [20, 50], p99: [50, 120], source: FIT },
  "prisma-client": { label: "require('@prisma/client')", p50: [30, 70], p99: [80, 170], source: FIT },
  "puppeteer-core": { label: "require('puppeteer-core')", p50: [15, 35], p99: [40, 90], source: FIT },
  puppeteer: { label: "require('puppeteer')", p50: [15, 35], p99: [40, 90], source: "heuristic" },
  "sparticuz-chromium": { label: "require('@sparticuz/chromium')", p50: [5, 15], p99: [10, 40], source: FIT },
  "tfjs-node": { label: "require('@tensorflow/tfjs-node')", p50: [300, 700], p99: [800, 1800], source: "heuristic" },
  "onnxruntime-node": { label: "require('onnxruntime-node')", p50: [60, 150], p99: [150, 400], source: "heuristic" }
};
var GENERIC_IMPORT = { p50: [1, 4], p99: [3, 10], source: `${FIT}: Node.js with dependencies` };
var GENERIC_IMPORT_CAP = 40;
var ARM64_PRICE_CUT = 0.2;
var SNAPSTART_DOCS = "https://docs.aws.amazon.com/lambda/latest/dg/snapstart-runtime-hooks-custom.html";
var SNAPSTART_NOTE_AWS_BASE = `Lambda SnapStart works with this AWS base image (Java 11+): enable it on a published version and restores replace most of the JVM start-up (${SNAPSTART_DOCS}).`;
var SNAPSTART_NOTE_OTHER_BASE = `Lambda SnapStart works with container images, but on a base other than the AWS Java 11+ images the image must implement the Runtime API's /restore/next or carry LABEL com.amazonaws.lambda.feature.snapstart="Allow", else publishing a version fails (${SNAPSTART_DOCS}).`;

// rules/LL303-image-too-large.ts
var range2 = (low, high) => sizeRange({ low, high });
var ms = (n) => n >= 1e3 ? `${(n / 1e3).toFixed(1)} s` : `${Math.round(n)} ms`;
function shortCreatedBy(s) {
  if (!s) return "";
  const t = s.replace(/\s+#\s*buildkit$/i, "").replace(/^\/bin\/(ba)?sh -c (#\(nop\)\s*)?/, "").replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}
function largestLayers(image) {
  return [...image.layers].sort((a, b) => b.uncompressedSize - a.uncompressedSize).slice(0, 3).map((l) => `layer ${l.index + 1}${l.createdBy ? ` (${shortCreatedBy(l.createdBy)})` : ""} ${formatBytes(l.uncompressedSize)}`).join(", ");
}
function largestPaths(image) {
  return image.largest.slice(0, 3).map((p) => `${p.path} ${formatBytes(p.size)}`).join(", ") || "none";
}
function biggest(contributions, n = 3) {
  return [...contributions].sort((a, b) => b.high - a.high).slice(0, n).filter((c) => c.high > 0).map((c) => `${c.what} ${range2(c.low, c.high)}`).join("; ");
}
function coldStartText(e) {
  return `cold start (heuristic) p50 ${msRange(e.coldStart.p50)}, p99 ${msRange(e.coldStart.p99)}`;
}
var LL303_image_too_large_default = defineRule({
  code: "LL303",
  name: "image-too-large",
  severity: "error",
  since: "0.1.0",
  sameAs: [],
  needs: { facts: ["lineage", "estimates"], dockerfile: true, context: true, history: false, image: {}, lambda: true },
  options: {
    "size-budget": {
      description: "Image size budget, e.g. 1GB or 500MB; larger images get an image-too-large warning.",
      schema: { type: "string", pattern: SIZE_PATTERN }
    }
  },
  docs: {
    what: 'Checks the size of the function image against Lambda\'s limit of 10 GiB uncompressed (10 x 1024^3 bytes: the deploy error says "10 GiB"; the docs say "10 GB", so the larger reading is used and an error is never raised on an image Lambda may accept) and against the `size-budget` of the configuration (warning). On a built image the size is exact: the sum of the uncompressed layers, with the three largest layers and paths named. On a Dockerfile it is the size estimate (the base image, what package installs and Maven/Gradle builds add from the build context\'s requirements, lock files, pom.xml and build.gradle, what COPY brings) and only its low end counts, so an estimate reports only what is certainly too big. The Dockerfile check also gives advice (info) when, by the cold-start model, the image\'s own bytes or heavy imports rather than the runtime dominate cold start, and a multi-stage build or an AWS base image would cut those bytes; the cold-start figures are a heuristic, not a measurement. A Dockerfile that shows no sign of being a Lambda image (LL100) is not judged, unless the configuration says `lambda: true`.',
    why: "An image over the limit is accepted by ECR but the function never becomes active: it reaches the Failed state with `InvalidImage(SizeLimitExceeded: Uncompressed container image size exceeds 10 GiB limit)`. Below the limit, size still costs: every push and deployment moves the bytes, and the bytes that are not in an AWS base image (which Lambda caches in advance) are fetched on demand when new execution environments start, so the parts read at init add to cold starts. A budget keeps the image from growing unnoticed.",
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { "requirements.txt": "torch\ntensorflow\ntransformers\n", ...PYTHON_HANDLER }
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { "requirements.txt": "requests\n", ...PYTHON_HANDLER }
    },
    references: [
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-types",
      "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
      "https://github.com/aws-samples/aws-genai-llm-chatbot/issues/59",
      "https://aws.amazon.com/blogs/compute/optimizing-lambda-functions-packaged-as-container-images/",
      "https://www.usenix.org/conference/atc23/presentation/brooker"
    ]
  },
  messages: {
    tooLarge: {
      evidence: "image",
      text: "The image is {{size}} uncompressed, over Lambda's limit of 10 GiB (10.7 GB): the function fails with InvalidImage(SizeLimitExceeded). Largest layers: {{layers}}; largest files: {{paths}}.",
      severity: "error",
      fix: "Cut {{over}} at least: use a multi-stage build that copies only runtime files, drop unused packages (CPU-only torch: --index-url https://download.pytorch.org/whl/cpu), and load models from S3 or EFS at init instead of baking them in."
    },
    overBudget: {
      evidence: "image",
      text: "The image is {{size}} uncompressed, over the size budget of {{budget}} ({{over}} over). Largest layers: {{layers}}; largest files: {{paths}}; {{coldStart}}.",
      severity: "warning",
      fix: "Shrink the largest layers and files named above (multi-stage build, fewer dependencies, no caches), or raise size-budget in .lint-lambda-image.yaml if the growth is intended."
    },
    estimateTooLarge: {
      text: "The image this Dockerfile builds is estimated at {{size}} uncompressed, and even the low end is over Lambda's limit of 10 GiB (10.7 GB): the function would fail with InvalidImage(SizeLimitExceeded). Biggest: {{biggest}}.",
      severity: "error",
      fix: "Use a multi-stage build that copies only runtime files, drop unused packages (CPU-only torch: --index-url https://download.pytorch.org/whl/cpu), and load models from S3 or EFS at init instead of baking them in."
    },
    estimateOverBudget: {
      text: "The image this Dockerfile builds is estimated at {{size}} uncompressed, over the size budget of {{budget}} even at the low end. Biggest: {{biggest}}; {{coldStart}}.",
      severity: "warning",
      fix: "Shrink the biggest contributions named above, or raise size-budget in .lint-lambda-image.yaml if the growth is intended."
    },
    ownBytesDominate: {
      text: "By the cold-start model (a heuristic: p50 {{p50}}, p99 {{p99}}), the biggest driver is {{driver}} (~{{driverMs}}), not the runtime start-up (~{{runtimeMs}}); {{cut}} would cut {{stake}} (the image's own bytes, which Lambda does not pre-cache: {{own}}).",
      severity: "info",
      fix: "{{how}}"
    }
  },
  create(ctx) {
    const budgetRaw = ctx.options["size-budget"];
    const budget = budgetRaw ? parseSize(budgetRaw) : Number.NaN;
    const hasBudget = Number.isFinite(budget) && budget > 0;
    return {
      end() {
        if (ctx.image || !ctx.target) return;
        const est = ctx.facts.estimates;
        const { size } = est;
        const at = ctx.target.fromInstruction;
        const sizeText = `${range2(size.low, size.high)}${size.unknown.length ? ` plus what could not be sized (${size.unknown.slice(0, 2).join("; ")}${size.unknown.length > 2 ? "; ..." : ""})` : ""}`;
        if (size.low > IMAGE_MAX_BYTES) {
          ctx.report({ messageId: "estimateTooLarge", data: { size: sizeText, biggest: biggest(size.contributions) }, at });
        } else if (hasBudget && size.low > budget) {
          ctx.report({ messageId: "estimateOverBudget", data: { size: sizeText, budget: budgetRaw, biggest: biggest(size.contributions), coldStart: coldStartText(est) }, at });
        }
        ownBytesAdvice(est);
      },
      image(image) {
        const total = image.totals.uncompressed;
        const largest = [...image.layers].sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
        const common = { size: `${formatBytes(total)} (${total.toLocaleString("en-US")} bytes)`, layers: largestLayers(image), paths: largestPaths(image) };
        if (total > IMAGE_MAX_BYTES) {
          ctx.report({ messageId: "tooLarge", data: { ...common, over: formatBytes(total - IMAGE_MAX_BYTES) }, source: "image-layer", layer: largest?.index });
        } else if (hasBudget && total > budget) {
          const e = ctx.facts.estimates;
          ctx.report({ messageId: "overBudget", data: { ...common, budget: budgetRaw, over: formatBytes(total - budget), coldStart: coldStartText(e) }, source: "image-layer", layer: largest?.index });
        }
      }
    };
    function ownBytesAdvice(est) {
      const { size, coldStart } = est;
      const target = ctx.target;
      const top = coldStart.drivers[0];
      const runtime = RUNTIME_START[size.runtime];
      if (!top || top.name === runtime.label) return;
      const runtimeMs = Math.round((runtime.p50[0] + runtime.p50[1]) / 2);
      if (top.ms <= runtimeMs) return;
      const own = range2(size.ownBytes.low, size.ownBytes.high);
      const cuts = [];
      const baseItem = size.base && !size.base.aws ? size.contributions.find((c) => c.kind === "base-image") : void 0;
      if (baseItem && baseItem.high > 0 && size.runtime !== "unknown") {
        cuts.push({
          cut: `an AWS base image instead of ${size.base.image} (Lambda caches its layers)`,
          stake: range2(baseItem.low, baseItem.high),
          how: `Start FROM the AWS base image for the runtime (public.ecr.aws/lambda/...), or a smaller base than ${size.base.image}.`
        });
      }
      const lineage = ctx.facts.lineageOf(target);
      const copiesFromStages = lineage.some((s) => s.instructions.some((i) => i.copy?.fromStage));
      const installed = size.contributions.filter((c) => !c.base && c.line !== void 0 && c.kind !== "base-image" && c.kind !== "copy");
      const installedHigh = installed.reduce((n, c) => n + c.high, 0);
      if (!copiesFromStages && installedHigh > 0) {
        cuts.push({
          cut: "a multi-stage build that copies only runtime files into the final stage",
          stake: `part of the ${range2(installed.reduce((n, c) => n + c.low, 0), installedHigh)} that package installs add`,
          how: "Install and build in a builder stage and COPY --from=builder only what the function needs at run time (no compilers, caches, tests or docs); import heavy packages lazily."
        });
      }
      if (cuts.length === 0) return;
      ctx.report({
        messageId: "ownBytesDominate",
        data: {
          p50: msRange(coldStart.p50),
          p99: msRange(coldStart.p99),
          driver: top.name,
          driverMs: ms(top.ms),
          runtimeMs: ms(runtimeMs),
          cut: cuts.map((c) => c.cut).join(" or "),
          stake: cuts.map((c) => c.stake).join(" / "),
          own,
          how: cuts.map((c) => c.how).join(" ")
        },
        at: target.fromInstruction
      });
    }
  }
});

// rules/LL304-wasted-space.ts
import { posix as posix13 } from "node:path";
var WASTED_MIN_BYTES = 10 * 1024 ** 2;
var WASTED_MIN_SHARE = 0.01;
var WASTED_SMALL_BYTES = 1024 ** 2;
var WASTED_SMALL_SHARE = 0.1;
var WARN_BYTES = 1024 ** 2;
var ARCHIVE = /\.(tar|tgz|tbz2?|txz|zip|gz|bz2|xz|zst|7z|whl|jar|war|ear|deb|rpm|apk|iso|img|bin|run|msi|exe|dmg|pkg)$/i;
function offender(r) {
  const how = r.reason === "overwritten" ? "rewritten" : "deleted";
  return `${r.path} ${formatBytes(r.size)} (added in layer ${r.layerAdded + 1}, ${how} in layer ${r.layerRemoved + 1})`;
}
function wastedSpace(image) {
  const removed = image.removed.filter((r) => r.type === "file" && r.size > 0);
  const wasted = removed.reduce((n, r) => n + r.size, 0);
  const layerBytes = image.layers.reduce((n, l) => n + l.fileBytes, 0);
  const total = Math.max(layerBytes, image.totals.fileBytes + wasted);
  const big = wasted >= WASTED_MIN_BYTES && wasted >= total * WASTED_MIN_SHARE;
  const bigShare = wasted >= WASTED_SMALL_BYTES && wasted >= total * WASTED_SMALL_SHARE;
  if (!big && !bigShare) return void 0;
  const top = [...removed].sort((a, b) => b.size - a.size || a.path.localeCompare(b.path)).slice(0, 3);
  const rewritten = removed.filter((r) => r.reason === "overwritten").reduce((n, r) => n + r.size, 0);
  return { wasted, total, efficiency: total > 0 ? 1 - wasted / total : 1, top, files: removed.length, rewritten };
}
var DeletionTracker = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  created = [];
  reported = /* @__PURE__ */ new Set();
  value(cmd, i, ins) {
    const a = cmd.args[i];
    if (cmd.literal[i]) return a;
    const e = expand(a, ins.scope, this.ctx.df.escape);
    return e.unresolved.length || /[$`]/.test(e.value) ? void 0 : e.value;
  }
  contextSize(src) {
    const c = this.ctx.context;
    const none = () => void 0;
    if (!c) return { dir: src === "." || src.endsWith("/"), bytes: none };
    const files = c.match(src);
    if (files.length === 0) return { dir: src === "." || src.endsWith("/"), bytes: none };
    const dir = files.some((f) => f.dir && (f.path === src.replace(/\/+$/, "") || src === "."));
    return { dir, bytes: () => files.reduce((n, f) => f.dir ? n : n + f.size, 0) };
  }
  /** A sub-path of a folder copied from the build context: deleted only if the context holds it. */
  fromContext(f, abs) {
    if (!f.dirSource || !this.ctx.context) return false;
    const rel = abs.slice(f.path.length + 1);
    return this.ctx.context.match(f.dirSource === "." ? rel : `${f.dirSource}/${rel}`).length > 0;
  }
  addCopy(ins) {
    const copy = ins.copy;
    if (copy.heredocs.length > 0 && copy.sources.length === 0) return;
    const dest = copy.dest;
    const within = normalizePath(dest);
    const destIsDir = dest.endsWith("/") || copy.sources.length > 1 || within === "/var/task" || within === normalizePath(ins.workdir);
    for (const src of copy.sources) {
      const remote = /^[a-z]+:\/\//i.test(src);
      const wildcard = /[*?[]/.test(src);
      const extracted = ins.keyword === "ADD" && !remote && TAR_ARCHIVE.test(src);
      const name = posix13.basename(src.replace(/\/+$/, ""));
      const fromWhat = copy.from ? ` from ${copy.from}` : "";
      let facts;
      const contextSize = (path) => this.contextSize(path);
      this.created.push({
        ins,
        what: `${src}${fromWhat}`,
        within,
        facts() {
          if (facts) return facts;
          const local = !copy.from && !remote ? contextSize(src) : { dir: src.endsWith("/") || src === ".", bytes: () => void 0 };
          const intoDir = local.dir || extracted;
          return facts = {
            path: intoDir ? within : destIsDir || wildcard ? normalizePath(`${dest}/${name}`) : within,
            bytes: extracted ? () => void 0 : local.bytes,
            heavy: remote || !intoDir && ARCHIVE.test(name),
            source: !copy.from && !remote && !wildcard && !intoDir ? src : void 0,
            dirSource: !copy.from && !remote && !wildcard && local.dir && !extracted ? src.replace(/\/+$/, "") || "." : void 0
          };
        }
      });
    }
  }
  addDownloads(ins, cmd, wd) {
    const name = commandName(cmd);
    const opts = name === "curl" ? ["-o", "--output"] : name === "wget" ? ["-O", "--output-document"] : [];
    cmd.args.forEach((a, i) => {
      let out;
      if (opts.includes(a)) out = this.value(cmd, i + 1, ins);
      else {
        const eq = opts.find((o) => o.startsWith("--") && a.startsWith(`${o}=`));
        if (eq) out = a.slice(eq.length + 1);
      }
      if (!out || out === "-" || out.startsWith("/dev/")) return;
      const facts = { path: resolve2(out, wd), bytes: () => void 0, heavy: true };
      this.created.push({ ins, what: `the file ${name} downloaded to ${out}`, facts: () => facts });
    });
  }
  deletes(ins, cmd, wd) {
    cmd.args.forEach((a, i) => {
      if (a.startsWith("-")) return;
      const v = this.value(cmd, i, ins);
      if (!v) return;
      const abs = resolve2(v, wd);
      const glob = /[*?[]/.test(abs);
      const re = glob ? new RegExp(`^${abs.split("*").map((p) => p.replace(/[.+^${}()|[\]\\?]/g, (c) => c === "?" ? "[^/]" : `\\${c}`)).join("[^/]*")}(/.*)?$`) : void 0;
      for (const c of this.created) {
        if (c.ins === ins || c.ins.index >= ins.index) continue;
        if (!re && c.within !== void 0 && !pathWithin(c.within, abs) && !pathWithin(abs, c.within)) continue;
        const f = c.facts();
        const hit = re ? re.test(f.path) : f.path === abs || f.path.startsWith(`${abs}/`) || abs.startsWith(`${f.path}/`) && abs !== "/" && this.fromContext(f, abs);
        if (!hit) continue;
        const key = `${ins.index}|${f.path}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        this.reportDeletion(ins, c, f, abs, v, !!re);
      }
    });
  }
  /**
   * `chmod`, `chown` or `chgrp` on what an earlier step added: the new mode or owner is a change to the file, so this
   * layer stores the whole file again (overlay filesystems copy a file up to change its metadata).
   */
  rewrites(ins, cmd, wd) {
    const name = commandName(cmd);
    let setting;
    const paths = [];
    const recursive = cmd.args.some((a) => /^-[a-zA-Z]*R/.test(a) || a === "--recursive");
    cmd.args.forEach((a, i) => {
      const option = name === "chmod" ? CHMOD_OPTION.test(a) : a.startsWith("-");
      if (option) return;
      if (setting === void 0) {
        setting = this.value(cmd, i, ins) ?? "";
        return;
      }
      const v = this.value(cmd, i, ins);
      if (v && !/[*?[]/.test(v)) paths.push(resolve2(v, wd));
    });
    for (const abs of paths) {
      for (const c of this.created) {
        if (c.ins === ins || c.ins.index >= ins.index) continue;
        if (c.within !== void 0 && !pathWithin(c.within, abs) && !pathWithin(abs, c.within)) continue;
        const f = c.facts();
        if (!(f.path === abs || recursive && f.path.startsWith(`${abs}/`))) continue;
        if (!recursive && f.dirSource !== void 0) continue;
        const key = `${ins.index}|${f.path}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        const bytes = f.bytes();
        const big = f.heavy || bytes !== void 0 && bytes >= WARN_BYTES;
        if (!big && (bytes !== void 0 || !c.ins.copy?.from)) continue;
        const flag = name === "chmod" ? "chmod" : "chown";
        const value = setting ?? "";
        const copy = c.ins.copy;
        const exact = copy && copy.sources.length === 1 && f.path === abs && name !== "chgrp" && !c.ins.text.includes("\n") && (flag === "chown" || /^[0-7]{3,4}$/.test(value)) && value !== "";
        const how = exact ? `Set it as the file is copied, and drop ${name} from the RUN: ${withFlag(c.ins, flag, value)}` : `Set modes and owners as the files are copied (COPY --chmod / --chown), or change them in the step that creates them.`;
        this.ctx.report({
          messageId: "rewrittenLater",
          data: { command: cmd.text.length > 80 ? `${cmd.text.slice(0, 77)}...` : cmd.text, path: f.path, keyword: c.ins.keyword, line: c.ins.span.line, size: bytes !== void 0 ? ` (${formatBytes(bytes)})` : "", how },
          at: ins,
          severity: big ? "warning" : "info"
        });
      }
    }
  }
  /** One deletion of something an earlier step added: the finding, with its size and the fix for that step. */
  reportDeletion(ins, c, f, abs, v, glob) {
    const whole = glob ? true : f.path === abs || f.path.startsWith(`${abs}/`);
    const bytes = f.bytes();
    const big = f.heavy || whole && bytes !== void 0 && bytes >= WARN_BYTES;
    const base2 = posix13.basename(f.path);
    const how = f.source && c.ins.keyword === "COPY" ? `Do not COPY it: bind-mount it into the RUN that uses it (RUN --mount=type=bind,source=${f.source},target=/tmp/${base2} ...), or unpack it in a builder stage and COPY --from only the result.` : c.ins.keyword === "RUN" ? "Download, use and delete it in one RUN (or in a builder stage, copying only the result)." : `Remove it in the same ${c.ins.keyword === "ADD" ? "step (or ADD only what is needed)" : "step"}, use RUN --mount=type=bind for build-only files, or a multi-stage build that copies only what the function needs.`;
    this.ctx.report({
      messageId: "deletedLater",
      data: {
        command: `rm ${v}`,
        path: whole ? f.path : `${abs} (part of ${f.path})`,
        keyword: c.ins.keyword,
        line: c.ins.span.line,
        size: bytes !== void 0 && whole ? ` (${formatBytes(bytes)}${c.what !== base2 ? `: ${c.what}` : ""})` : c.what !== base2 && c.what !== f.path ? ` (${c.what})` : "",
        how
      },
      at: ins,
      severity: big ? "warning" : "info"
    });
  }
};
var CHMOD_OPTION = /^(-[Rvcf]+|--(recursive|verbose|changes|silent|quiet|preserve-root|no-preserve-root|reference=.*))$/;
var resolve2 = (p, wd) => normalizePath(p.startsWith("/") ? p : `${wd}/${p}`);
var LL304_wasted_space_default = defineRule({
  code: "LL304",
  name: "wasted-space",
  severity: "warning",
  since: "0.1.0",
  sameAs: ["dive lowestEfficiency", "dive highestWastedBytes"],
  needs: { facts: ["lineage"], dockerfile: true, context: true, history: true, image: {} },
  docs: {
    what: `Checks for bytes the image ships but its filesystem no longer shows: files that a later layer deleted (whiteouts, \`rm\` in a later RUN) or rewrote (a \`RUN chmod -R\`/\`chown -R\` after a COPY duplicates every file). On a built image the bytes are exact: the rule reports when at least ${WASTED_MIN_BYTES / 1024 ** 2} MiB and ${WASTED_MIN_SHARE * 100}% of the layers' file bytes are wasted (or, in a small image, ${WASTED_SMALL_BYTES / 1024 ** 2} MiB and ${WASTED_SMALL_SHARE * 100}%), names the three biggest offenders (path, size, the layer that added it and the one that removed it) and gives an efficiency like dive's, except that the copy of a path that is kept counts once: efficiency = 1 - wasted / (file bytes across all layers). On a Dockerfile (or the one rebuilt from an image's history when no image is read), it reports a RUN whose \`rm\` deletes what an earlier COPY, ADD, or download (\`curl -o\`, \`wget -O\`) in the target stage's lineage added: a warning when the build context shows it is at least 1 MiB or it is an archive or a download, else info; and a RUN whose \`chmod\`, \`chown\` or \`chgrp\` changes what an earlier COPY or ADD added (a warning at 1 MiB or more by the build context, info for a file copied from another stage or image, whose size is not known here; a small file is not reported), with the COPY rewritten with \`--chmod\` / \`--chown\` as the fix. Package-manager caches are LL301's business.`,
    why: "A layer is immutable: deleting a file in a later layer only hides it, and the bytes still travel with every push and count against Lambda's 10 GiB uncompressed image limit; rewriting files (chmod, chown) stores them twice. The common case is an archive copied in, extracted and removed in a later RUN: the image carries the archive and its contents. Extract in the same RUN as the download, bind-mount build-only files with `RUN --mount=type=bind`, set modes with `COPY --chmod`, or build in a separate stage and copy only the result.",
    bad: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY model.tar.gz /tmp/\nRUN tar -xzf /tmp/model.tar.gz -C ${LAMBDA_TASK_ROOT}\nRUN rm /tmp/model.tar.gz\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { "model.tar.gz": "not really a tarball", ...PYTHON_HANDLER }
    },
    good: {
      dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nRUN --mount=type=bind,source=model.tar.gz,target=/tmp/model.tar.gz \\\n    tar -xzf /tmp/model.tar.gz -C ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n',
      context: { "model.tar.gz": "not really a tarball", ...PYTHON_HANDLER }
    },
    references: [
      "https://docs.docker.com/build/building/best-practices/#minimize-the-number-of-layers",
      "https://docs.docker.com/reference/dockerfile/#run---mounttypebind",
      "https://docs.docker.com/reference/dockerfile/#copy---chmod",
      "https://github.com/wagoodman/dive#ci-integration",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-types"
    ]
  },
  messages: {
    wasted: {
      evidence: "image",
      text: "The image ships {{wasted}} that later layers deleted or rewrote ({{files}} files; efficiency {{efficiency}}, counting each kept file once). Biggest: {{top}}.",
      severity: "warning",
      fix: "{{how}}"
    },
    rewrittenLater: {
      text: "`{{command}}` changes {{path}}, which the {{keyword}} at line {{line}} added{{size}}: a new mode or owner stores the whole file again in this layer, so the image carries it twice.",
      severity: "warning",
      fix: "{{how}}"
    },
    deletedLater: {
      text: "`{{command}}` deletes {{path}}, which the {{keyword}} at line {{line}} added{{size}}; a later layer cannot shrink an earlier one, so the bytes still ship in the image.",
      severity: "warning",
      fix: "{{how}}"
    }
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    const tracker = new DeletionTracker(ctx);
    return {
      instruction(ins) {
        if (ctx.image || !ins.stage) return;
        if (!lineage.has(ins.stage)) return;
        if ((ins.keyword === "COPY" || ins.keyword === "ADD") && ins.copy) {
          tracker.addCopy(ins);
          return;
        }
        if (ins.keyword !== "RUN") return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        const wd = ins.workdir;
        for (const cmd of script.commands) {
          const name = commandName(cmd);
          if (name === "rm") tracker.deletes(ins, cmd, wd);
          else if (name === "chmod" || name === "chown" || name === "chgrp") tracker.rewrites(ins, cmd, wd);
          else if (name === "curl" || name === "wget") tracker.addDownloads(ins, cmd, wd);
        }
      },
      image(image) {
        const w = wastedSpace(image);
        if (!w) return;
        const how = w.rewritten * 2 > w.wasted ? "Most of it is files rewritten by a later layer: set modes and owners with COPY --chmod/--chown instead of a later RUN chmod/chown, and change files in the step that creates them." : "Delete files in the same RUN that creates them, bind-mount build-only files (RUN --mount=type=bind), or use a multi-stage build that copies only what the function needs.";
        ctx.report({
          messageId: "wasted",
          data: {
            wasted: formatBytes(w.wasted),
            files: w.files,
            efficiency: `${(w.efficiency * 100).toFixed(1)}%`,
            top: w.top.map(offender).join("; "),
            how
          },
          source: "image-layer",
          layer: w.top[0]?.layerAdded
        });
      }
    };
  }
});

// src/knowledge/build-tools.ts
var BUILD_TOOL_PACKAGES = [
  "gcc",
  "g++",
  "gcc-c++",
  "gcc-gfortran",
  "gfortran",
  "cpp",
  "clang",
  "llvm",
  "make",
  "cmake",
  "cmake3",
  "ninja-build",
  "ninja",
  "build-essential",
  "build-base",
  "automake",
  "autoconf",
  "libtool",
  "bison",
  "flex",
  "nasm",
  "yasm",
  "swig",
  "musl-dev",
  "linux-headers",
  "kernel-headers",
  "kernel-devel",
  "glibc-devel",
  "libc6-dev",
  "libc-dev",
  "golang",
  "go",
  "golang-go",
  "rust",
  "rustc",
  "cargo"
];
var DEV_PACKAGE_SUFFIXES = ["-dev", "-devel"];
var BUILD_TOOL_GROUPS = ["development tools", "development-tools", "c development tools and libraries", "c-development"];
var TOOLCHAIN_DOWNLOADS = [
  { host: /^https?:\/\/(sh\.rustup\.rs|static\.rust-lang\.org\/rustup)/, label: "the Rust toolchain (rustup)", paths: ["/root/.rustup", "/root/.cargo", "/usr/local/rustup", "/usr/local/cargo"], remove: "rustup self uninstall -y" },
  { host: /^https?:\/\/(go\.dev\/dl|golang\.org\/dl|dl\.google\.com\/go)\//, label: "the Go toolchain", paths: ["/usr/local/go"], remove: "rm -rf /usr/local/go" }
];
function isBuildToolPackage(name) {
  const n = name.toLowerCase().replace(/:[a-z0-9]+$/, "");
  if (BUILD_TOOL_PACKAGES.includes(n)) return true;
  if (DEV_PACKAGE_SUFFIXES.some((s) => n.endsWith(s) && n.length > s.length)) return true;
  if (n.startsWith("@") && BUILD_TOOL_GROUPS.includes(n.slice(1))) return true;
  return false;
}
var BUILD_TOOL_FILES = [
  { label: "C/C++ compiler", re: /^\/usr\/(local\/)?bin\/(gcc|g\+\+|c\+\+|cc|cpp|gfortran|gcc-\d+|g\+\+-\d+|cpp-\d+|[a-z0-9_]+-(linux|amazon-linux|alpine-linux)-[a-z-]*(gcc|g\+\+|c\+\+|cpp)(-\d+)?|clang|clang\+\+|clang-\d+)$/, trigger: true },
  { label: "gcc internals (cc1, collect2, crt)", re: /^\/usr\/(lib|lib64|libexec)\/gcc\//, trigger: true },
  { label: "LLVM", re: /^\/usr\/lib\/llvm-?\d*\//, trigger: true },
  { label: "make/cmake", re: /^\/usr\/(local\/)?bin\/(make|gmake|cmake|cmake3|ctest|cpack|ninja)$|^\/usr\/share\/cmake[^/]*\//, trigger: true },
  { label: "Rust toolchain", re: /^\/(root|home\/[^/]+)\/\.rustup\/|^\/(root|home\/[^/]+)\/\.cargo\/bin\/|^\/usr\/local\/rustup\/|^\/usr\/local\/cargo\/bin\/|^\/usr\/(local\/)?bin\/(rustc|cargo)$/, trigger: true },
  { label: "Go toolchain", re: /^\/usr\/local\/go\/|^\/usr\/lib\/go(lang|-[0-9.]+)?\/|^\/usr\/(local\/)?bin\/go$/, trigger: true },
  { label: "headers and pkg-config files", re: /^\/usr\/(local\/)?include\/|^\/usr\/(local\/)?(lib|lib64|share)\/pkgconfig\//, trigger: false },
  { label: "binutils (ld, as)", re: /^\/usr\/bin\/(ld|ld\.bfd|ld\.gold|as|[a-z0-9_]+-linux-gnu-(ld|as))$/, trigger: false }
];
function buildToolGroupOf(path) {
  return BUILD_TOOL_FILES.find((g) => g.re.test(path));
}

// src/knowledge/sizes.ts
var ARTICLE = "reference article figure (illustrative and unverified: no AWS page or public benchmark gives it)";
var OBSERVED_HUB = "observed `docker images` size of the Docker Hub / registry image (range covers recent tags)";
var AWS_OBSERVED = "assumption from observed `docker images` sizes of public.ecr.aws/lambda images (layers are Git LFS in aws/aws-lambda-base-images, not readable)";
var AWS_BASE_SIZES = [
  { repo: /python$/, tag: /^3\.1[2-9]/, label: "AWS Lambda Python (AL2023)", mb: [500, 620], aws: true, source: `${ARTICLE}: python3.12 ~580 MB; ${AWS_OBSERVED}` },
  { repo: /python$/, label: "AWS Lambda Python (AL2)", mb: [550, 800], aws: true, source: AWS_OBSERVED },
  { repo: /nodejs$/, tag: /^(2\d)/, label: "AWS Lambda Node.js (AL2023)", mb: [420, 540], aws: true, source: `${ARTICLE}: nodejs20 ~490 MB; ${AWS_OBSERVED}` },
  { repo: /nodejs$/, label: "AWS Lambda Node.js (AL2)", mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /java$/, label: "AWS Lambda Java (Corretto)", mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /dotnet$/, label: "AWS Lambda .NET", mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /ruby$/, label: "AWS Lambda Ruby", mb: [450, 650], aws: true, source: AWS_OBSERVED },
  { repo: /provided$/, tag: /^al2023/, label: "AWS Lambda provided.al2023 (OS only)", mb: [90, 150], aws: true, source: AWS_OBSERVED },
  { repo: /provided$/, label: "AWS Lambda provided.al2 (OS only)", mb: [130, 220], aws: true, source: AWS_OBSERVED },
  { repo: /go$/, label: "AWS Lambda go1.x (AL1, deprecated)", mb: [200, 350], aws: true, source: AWS_OBSERVED }
];
var CUSTOM_BASE_SIZES = [
  { repo: /^python$/, tag: /alpine/, label: "python (alpine)", mb: [45, 70], aws: false, source: OBSERVED_HUB },
  { repo: /^python$/, tag: /slim/, label: "python (slim)", mb: [115, 160], aws: false, source: OBSERVED_HUB },
  { repo: /^python$/, label: "python (full Debian)", mb: [900, 1150], aws: false, source: OBSERVED_HUB },
  { repo: /^node$/, tag: /alpine/, label: "node (alpine)", mb: [120, 175], aws: false, source: OBSERVED_HUB },
  { repo: /^node$/, tag: /slim/, label: "node (slim)", mb: [180, 260], aws: false, source: OBSERVED_HUB },
  { repo: /^node$/, label: "node (full Debian)", mb: [950, 1200], aws: false, source: OBSERVED_HUB },
  { repo: /^debian$/, tag: /slim/, label: "debian (slim)", mb: [70, 90], aws: false, source: OBSERVED_HUB },
  { repo: /^debian$/, label: "debian", mb: [110, 145], aws: false, source: OBSERVED_HUB },
  { repo: /^ubuntu$/, label: "ubuntu", mb: [70, 85], aws: false, source: OBSERVED_HUB },
  { repo: /(^|\/)amazonlinux$/, tag: /^2$|^2\./, label: "amazonlinux:2", mb: [150, 180], aws: false, source: OBSERVED_HUB },
  { repo: /(^|\/)amazonlinux$/, label: "amazonlinux:2023", mb: [130, 160], aws: false, source: OBSERVED_HUB },
  { repo: /^alpine$/, label: "alpine", mb: [7, 9], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/static/, label: "distroless static", mb: [1.5, 3], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/(base|cc)/, label: "distroless base/cc", mb: [18, 35], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/python/, label: "distroless python", mb: [45, 60], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/nodejs/, label: "distroless nodejs", mb: [120, 180], aws: false, source: OBSERVED_HUB },
  { repo: /distroless\/java/, label: "distroless java", mb: [200, 260], aws: false, source: OBSERVED_HUB },
  { repo: /^(eclipse-temurin|amazoncorretto|openjdk)$/, tag: /jre/, label: "Java JRE", mb: [200, 300], aws: false, source: OBSERVED_HUB },
  { repo: /^(eclipse-temurin|amazoncorretto|openjdk)$/, label: "Java JDK", mb: [350, 500], aws: false, source: OBSERVED_HUB },
  { repo: /dotnet\/(runtime|aspnet)/, label: ".NET runtime", mb: [180, 240], aws: false, source: OBSERVED_HUB },
  { repo: /dotnet\/sdk/, label: ".NET SDK", mb: [750, 900], aws: false, source: OBSERVED_HUB },
  { repo: /^ruby$/, tag: /slim|alpine/, label: "ruby (slim)", mb: [70, 220], aws: false, source: OBSERVED_HUB },
  { repo: /^ruby$/, label: "ruby (full Debian)", mb: [900, 1100], aws: false, source: OBSERVED_HUB },
  { repo: /^golang$/, tag: /alpine/, label: "golang (alpine)", mb: [230, 320], aws: false, source: OBSERVED_HUB },
  { repo: /^golang$/, label: "golang", mb: [750, 900], aws: false, source: OBSERVED_HUB },
  { repo: /^rust$/, label: "rust", mb: [700, 1600], aws: false, source: OBSERVED_HUB }
];
var WHEEL = "PyPI manylinux x86_64 wheel size x install expansion; observed du of site-packages";
var NPM = 'npm "Unpacked Size" plus platform binaries; observed du of node_modules';
var OS = "observed installed size reported by dnf/apt (with dependencies) on AL2023 / Debian bookworm";
var PACKAGE_SIZES = [
  // Python
  { key: "numpy", ecosystem: "pip", names: ["numpy"], label: "numpy", mb: [35, 75], source: `${WHEEL} (numpy + numpy.libs OpenBLAS)` },
  { key: "pandas", ecosystem: "pip", names: ["pandas"], label: "pandas (+ dateutil, pytz, tzdata)", mb: [60, 90], pulls: ["numpy"], source: WHEEL },
  { key: "scipy", ecosystem: "pip", names: ["scipy"], label: "scipy", mb: [90, 140], pulls: ["numpy"], source: WHEEL },
  { key: "scikit-learn", ecosystem: "pip", names: ["scikit-learn", "sklearn"], label: "scikit-learn (+ joblib, threadpoolctl)", mb: [35, 60], pulls: ["numpy", "scipy"], source: WHEEL },
  { key: "pyarrow", ecosystem: "pip", names: ["pyarrow"], label: "pyarrow", mb: [110, 170], source: WHEEL },
  { key: "polars", ecosystem: "pip", names: ["polars"], label: "polars", mb: [80, 160], source: WHEEL },
  { key: "duckdb", ecosystem: "pip", names: ["duckdb"], label: "duckdb", mb: [40, 80], source: WHEEL },
  { key: "torch-cpu", ecosystem: "pip", names: [], label: "torch (CPU-only wheel, + sympy, networkx, jinja2)", mb: [550, 900], source: `${WHEEL}; download.pytorch.org/whl/cpu wheel ~180-200 MB compressed` },
  { key: "torch", ecosystem: "pip", names: ["torch", "pytorch"], label: "torch (PyPI default: CUDA build + nvidia-* libraries + triton)", mb: [3500, 6e3], source: `${WHEEL}; torch CUDA wheel ~800-900 MB plus nvidia-cudnn/cublas/... wheels ~2 GB compressed` },
  { key: "torchvision", ecosystem: "pip", names: ["torchvision"], label: "torchvision", mb: [15, 40], source: WHEEL },
  { key: "tensorflow", ecosystem: "pip", names: ["tensorflow", "tensorflow-cpu", "tf-nightly"], label: "tensorflow (+ keras, h5py, protobuf ...)", mb: [1e3, 2200], pulls: ["numpy"], source: WHEEL },
  // pypi.org/project/xgboost: the Linux x86_64 wheel is 95-300 MB (GPU support built in), and pulls nvidia-nccl-cu12 there.
  { key: "xgboost", ecosystem: "pip", names: ["xgboost"], label: "xgboost (Linux wheel with GPU support, + nvidia-nccl)", mb: [250, 700], pulls: ["numpy", "scipy"], source: `${WHEEL}; xgboost Linux x86_64 wheel 95-300 MB compressed (pypi.org/project/xgboost)` },
  { key: "lightgbm", ecosystem: "pip", names: ["lightgbm"], label: "lightgbm", mb: [5, 15], pulls: ["numpy", "scipy"], source: WHEEL },
  // mlflow's own wheel carries its UI; it requires pandas, scikit-learn, scipy, pyarrow, matplotlib, sqlalchemy, flask ... (its pyproject.toml).
  { key: "mlflow", ecosystem: "pip", names: ["mlflow"], label: "mlflow (+ its server, UI, sqlalchemy, alembic, flask ...)", mb: [60, 120], pulls: ["pandas", "scikit-learn", "pyarrow", "matplotlib"], source: WHEEL },
  { key: "transformers", ecosystem: "pip", names: ["transformers"], label: "transformers (+ tokenizers, huggingface-hub, safetensors, regex)", mb: [80, 150], pulls: ["numpy"], source: WHEEL },
  { key: "sentence-transformers", ecosystem: "pip", names: ["sentence-transformers"], label: "sentence-transformers", mb: [2, 6], pulls: ["torch", "transformers", "scikit-learn"], source: WHEEL },
  { key: "onnxruntime", ecosystem: "pip", names: ["onnxruntime"], label: "onnxruntime", mb: [40, 80], pulls: ["numpy"], source: WHEEL },
  { key: "opencv", ecosystem: "pip", names: ["opencv-python", "opencv-python-headless", "opencv-contrib-python", "opencv-contrib-python-headless"], label: "opencv-python", mb: [100, 200], pulls: ["numpy"], source: WHEEL },
  { key: "matplotlib", ecosystem: "pip", names: ["matplotlib"], label: "matplotlib (+ fonttools, pillow, kiwisolver, contourpy)", mb: [60, 100], pulls: ["numpy"], source: WHEEL },
  { key: "numba", ecosystem: "pip", names: ["numba", "llvmlite"], label: "numba + llvmlite", mb: [100, 160], pulls: ["numpy"], source: WHEEL },
  { key: "spacy", ecosystem: "pip", names: ["spacy"], label: "spacy (+ thinc, blis, srsly ...)", mb: [80, 160], pulls: ["numpy"], source: WHEEL },
  { key: "playwright-py", ecosystem: "pip", names: ["playwright"], label: "playwright (Python package with its Node driver)", mb: [35, 60], source: WHEEL },
  { key: "boto3", ecosystem: "pip", names: ["boto3", "botocore", "s3transfer", "aioboto3"], label: "boto3 + botocore", mb: [70, 110], source: WHEEL, inAwsBase: "python" },
  { key: "pillow", ecosystem: "pip", names: ["pillow", "pil"], label: "pillow", mb: [8, 16], source: WHEEL },
  { key: "lxml", ecosystem: "pip", names: ["lxml"], label: "lxml", mb: [12, 25], source: WHEEL },
  { key: "cryptography", ecosystem: "pip", names: ["cryptography"], label: "cryptography", mb: [8, 16], source: WHEEL },
  { key: "grpcio", ecosystem: "pip", names: ["grpcio", "grpcio-tools"], label: "grpcio", mb: [15, 40], source: WHEEL },
  { key: "langchain", ecosystem: "pip", names: ["langchain", "langchain-community"], label: "langchain (+ langchain-core, sqlalchemy, aiohttp ...)", mb: [40, 100], source: WHEEL },
  // npm
  { key: "aws-sdk", ecosystem: "npm", names: ["aws-sdk"], label: "aws-sdk (v2)", mb: [70, 110], source: NPM },
  { key: "sharp", ecosystem: "npm", names: ["sharp"], label: "sharp (+ libvips binaries)", mb: [25, 45], source: NPM },
  { key: "puppeteer", ecosystem: "npm", names: ["puppeteer"], label: "puppeteer (downloads Chrome for Testing)", mb: [280, 480], source: `${NPM}; Chrome for Testing linux64 unpacked ~300-400 MB` },
  { key: "puppeteer-core", ecosystem: "npm", names: ["puppeteer-core"], label: "puppeteer-core (+ devtools-protocol)", mb: [8, 20], source: NPM },
  { key: "sparticuz-chromium", ecosystem: "npm", names: ["@sparticuz/chromium", "chrome-aws-lambda", "@sparticuz/chromium-min"], label: "@sparticuz/chromium (brotli-packed Chromium)", mb: [55, 75], source: NPM },
  { key: "playwright-npm", ecosystem: "npm", names: ["playwright", "playwright-core", "@playwright/test"], label: "playwright-core (browsers not included)", mb: [6, 15], source: NPM },
  { key: "prisma-client", ecosystem: "npm", names: ["@prisma/client"], label: "@prisma/client (+ query engine)", mb: [30, 90], source: NPM },
  { key: "prisma", ecosystem: "npm", names: ["prisma"], label: "prisma CLI (+ engines)", mb: [40, 90], source: NPM },
  { key: "typescript", ecosystem: "npm", names: ["typescript"], label: "typescript", mb: [20, 25], source: NPM },
  { key: "swc", ecosystem: "npm", names: ["@swc/core"], label: "@swc/core", mb: [40, 70], source: NPM },
  { key: "esbuild", ecosystem: "npm", names: ["esbuild"], label: "esbuild", mb: [8, 12], source: NPM },
  { key: "next", ecosystem: "npm", names: ["next"], label: "next", mb: [90, 140], source: NPM },
  { key: "tfjs-node", ecosystem: "npm", names: ["@tensorflow/tfjs-node"], label: "@tensorflow/tfjs-node", mb: [250, 450], source: NPM },
  { key: "onnxruntime-node", ecosystem: "npm", names: ["onnxruntime-node"], label: "onnxruntime-node", mb: [50, 200], source: NPM },
  { key: "canvas", ecosystem: "npm", names: ["canvas"], label: "canvas (+ cairo binaries)", mb: [30, 60], source: NPM },
  { key: "date-fns", ecosystem: "npm", names: ["date-fns"], label: "date-fns", mb: [20, 40], source: NPM },
  { key: "lodash", ecosystem: "npm", names: ["lodash"], label: "lodash", mb: [4, 6], source: NPM },
  // OS packages (dnf / yum / microdnf / apt / apk names)
  { key: "gcc", ecosystem: "os", names: ["gcc", "gcc-c++", "g++", "build-essential", "build-base"], label: "gcc toolchain", mb: [120, 300], source: OS },
  // make alone is small; cmake brings its data files (cmake-data on Debian).
  { key: "make", ecosystem: "os", names: ["make"], label: "make", mb: [1, 3], source: OS },
  { key: "cmake", ecosystem: "os", names: ["cmake", "cmake3"], label: "cmake", mb: [30, 60], source: OS },
  { key: "python-devel", ecosystem: "os", names: ["python3-devel", "python3-dev", "python3.12-devel", "python3.11-devel"], label: "python3 headers", mb: [5, 40], source: OS },
  { key: "git", ecosystem: "os", names: ["git"], label: "git", mb: [25, 60], source: OS },
  { key: "chromium", ecosystem: "os", names: ["chromium", "chromium-browser", "google-chrome-stable"], label: "chromium (+ its libraries)", mb: [250, 450], source: OS },
  {
    key: "chromium-deps",
    ecosystem: "os",
    names: ["nss", "libnss3", "atk", "at-spi2-atk", "libatk1.0-0", "libatk-bridge2.0-0", "cups-libs", "libcups2", "libxkbcommon", "libxkbcommon0", "libXcomposite", "libxcomposite1", "libXdamage", "libxdamage1", "libXrandr", "libxrandr2", "mesa-libgbm", "libgbm1", "pango", "libpango-1.0-0", "alsa-lib", "libasound2", "gtk3", "libgtk-3-0"],
    label: "chromium system libraries (nss, atk, cups, gtk ...)",
    mb: [60, 180],
    source: OS
  },
  { key: "ffmpeg", ecosystem: "os", names: ["ffmpeg"], label: "ffmpeg", mb: [80, 250], source: OS },
  { key: "libreoffice", ecosystem: "os", names: ["libreoffice", "libreoffice-core", "libreoffice-writer"], label: "libreoffice", mb: [400, 800], source: OS },
  { key: "tesseract", ecosystem: "os", names: ["tesseract", "tesseract-ocr"], label: "tesseract (+ English data)", mb: [30, 80], source: OS },
  { key: "imagemagick", ecosystem: "os", names: ["imagemagick", "ImageMagick"], label: "ImageMagick", mb: [30, 120], source: OS },
  { key: "java-jdk", ecosystem: "os", names: ["java-21-amazon-corretto-devel", "java-17-amazon-corretto-devel", "openjdk-17-jdk", "openjdk-21-jdk", "default-jdk"], label: "Java JDK", mb: [250, 400], source: OS },
  { key: "java-jre", ecosystem: "os", names: ["java-21-amazon-corretto-headless", "java-17-amazon-corretto-headless", "openjdk-17-jre-headless", "openjdk-21-jre-headless", "default-jre-headless"], label: "Java runtime", mb: [180, 260], source: OS },
  { key: "nodejs-os", ecosystem: "os", names: ["nodejs", "nodejs20", "nodejs22", "npm"], label: "Node.js (OS package)", mb: [50, 120], source: OS },
  { key: "python-os", ecosystem: "os", names: ["python3", "python3.12", "python3.11", "python3-pip"], label: "Python (OS package)", mb: [30, 120], source: OS },
  { key: "small-tools", ecosystem: "os", names: ["ca-certificates", "tzdata", "curl", "wget", "unzip", "tar", "gzip", "zip", "jq", "findutils", "shadow-utils", "which", "procps", "procps-ng", "openssl", "libstdc++", "libgcc"], label: "small tools (ca-certificates, tzdata, curl ...)", mb: [0.5, 6], source: `${OS}; each counted separately` }
];
var GENERIC_PACKAGE_MB = {
  pip: [0.2, 15],
  npm: [0.2, 10]
};
var GENERIC_PACKAGE_SOURCE = "assumption: a package not in the size table, with its dependencies";
var BUILD_ARTIFACT_MB = {
  go: [6, 40],
  // assumption: statically linked Lambda handler binaries with the AWS SDK are typically 10-30 MB
  cargo: [2, 25],
  // assumption: release builds of lambda_runtime handlers
  dotnet: [1, 80],
  // assumption: framework-dependent publish is small, self-contained publish is 70+ MB
  mvn: [1, 120],
  // assumption: a jar / target folder, shaded jars with the AWS SDK reach ~100 MB
  gradle: [1, 120]
};
var BUILD_ARTIFACT_SOURCE = "assumption: typical compiled handler sizes (not measured here; the build output is not in the build context)";
var PIP_NAME_NORMALISE = normalizePyName;
var BY_NAME = /* @__PURE__ */ new Map();
for (const p of PACKAGE_SIZES) for (const n of p.names) BY_NAME.set(`${p.ecosystem}:${p.ecosystem === "pip" ? PIP_NAME_NORMALISE(n) : n}`, p);
var BY_KEY = new Map(PACKAGE_SIZES.map((p) => [p.key, p]));
function packageByName(ecosystem, name) {
  return BY_NAME.get(`${ecosystem}:${ecosystem === "pip" ? PIP_NAME_NORMALISE(name) : name}`);
}
function packageByKey(key) {
  return BY_KEY.get(key);
}
function baseImageSize(repository, tag, aws) {
  const repo = repository.replace(/^library\//, "");
  const table = aws ? AWS_BASE_SIZES : CUSTOM_BASE_SIZES;
  return table.find((b) => b.repo.test(repo) && (!b.tag || b.tag.test(tag ?? "")));
}

// rules/LL305-build-tools-in-final-image.ts
function imageBuildTools(image) {
  const groups = /* @__PURE__ */ new Map();
  const byLayer = /* @__PURE__ */ new Map();
  let bytes = 0;
  let files = 0;
  for (const e of image.files.values()) {
    if (e.type !== "file" && e.type !== "symlink" && e.type !== "hardlink") continue;
    const g = buildToolGroupOf(e.path);
    if (!g) continue;
    const t = groups.get(g.label) ?? { label: g.label, trigger: g.trigger, bytes: 0, files: 0, example: e.path };
    groups.set(g.label, t);
    t.bytes += e.size;
    t.files++;
    if (g.trigger && (t.example.endsWith("/") || e.path.length < t.example.length)) t.example = e.path;
    bytes += e.size;
    files++;
    if (g.trigger) byLayer.set(e.layer, (byLayer.get(e.layer) ?? 0) + Math.max(e.size, 1));
  }
  if (![...groups.values()].some((g) => g.trigger)) return void 0;
  return { groups: [...groups.values()].sort((a, b) => Number(b.trigger) - Number(a.trigger) || b.bytes - a.bytes), bytes, files, byLayer };
}
var OS2 = /* @__PURE__ */ new Set(["apt-get", "apt", "apk", "yum", "dnf", "microdnf"]);
function positional2(args) {
  return args.filter((a) => !a.startsWith("-"));
}
function one(cmd) {
  return managerCommand(cmd);
}
function buildToolsOf(mc, packages) {
  if (!OS2.has(mc.manager)) return [];
  const pos = positional2(mc.args);
  if (mc.subcommand === "groupinstall" || mc.subcommand === "group" && pos[0] === "install") {
    const groups = mc.subcommand === "group" ? pos.slice(1) : pos;
    return groups.filter((g) => BUILD_TOOL_GROUPS.includes(g.toLowerCase()));
  }
  return (packages ?? []).filter(isBuildToolPackage);
}
function removedAfter(script, after) {
  const names = /* @__PURE__ */ new Set();
  let markedAll = false;
  const markedAuto = /* @__PURE__ */ new Set();
  let autoremove = false;
  script.commands.forEach((cmd, i) => {
    if (i <= after && !cmd.viaShellC) return;
    const name = commandName(cmd);
    if (name === "apt-mark" && cmd.args[0] === "auto") {
      for (const a of cmd.args.slice(1)) {
        if (a === ".*" || a === "*") markedAll = true;
        else markedAuto.add(a);
      }
      return;
    }
    const mc = one(cmd);
    if (!mc || !OS2.has(mc.manager)) return;
    const pos = positional2(mc.args);
    if (["remove", "purge", "erase", "del", "autoremove"].includes(mc.subcommand)) {
      for (const p of pos) names.add(p.toLowerCase());
      if (mc.subcommand === "autoremove" || mc.args.includes("--auto-remove") || mc.args.includes("--autoremove")) autoremove = true;
    }
    if (mc.subcommand === "groupremove" || mc.subcommand === "group" && ["remove", "erase"].includes(pos[0] ?? "")) {
      for (const p of mc.subcommand === "group" ? pos.slice(1) : pos) names.add(p.toLowerCase());
    }
    if (mc.manager === "yum" && mc.subcommand === "history" && pos[0] === "undo") markedAll = autoremove = true;
  });
  if (autoremove) for (const m of markedAuto) names.add(m.toLowerCase());
  return { names, all: markedAll && autoremove };
}
function list2(items, max = 5) {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} + ${items.length - max} more` : shown;
}
function sizeOf(names) {
  const seen = /* @__PURE__ */ new Set();
  let low = 0;
  let high = 0;
  for (const n of names) {
    const p = packageByName("os", n);
    if (!p || seen.has(p)) continue;
    seen.add(p);
    low += p.mb[0];
    high += p.mb[1];
  }
  return seen.size ? ` (about ${Math.round(low)}-${Math.round(high)} MB)` : "";
}
function removeHint(manager, names) {
  switch (manager) {
    case "apt-get":
    case "apt":
      return `apt-get purge -y --auto-remove ${names.join(" ")}`;
    case "apk":
      return `apk add --virtual .build-deps ${names.join(" ")} ... && apk del .build-deps`;
    default: {
      const isGroup = (n) => BUILD_TOOL_GROUPS.includes(n.toLowerCase()) && !n.startsWith("@");
      const groups = names.filter(isGroup).map((n) => `"${n}"`);
      const plain = names.filter((n) => !isGroup(n)).map((n) => /\s/.test(n) ? `"${n}"` : n);
      return [plain.length ? `${manager} remove -y ${plain.join(" ")}` : "", groups.length ? `${manager} groupremove -y ${groups.join(" ")}` : ""].filter(Boolean).join(" && ");
    }
  }
}
var LL305_build_tools_in_final_image_default = defineRule({
  code: "LL305",
  name: "build-tools-in-final-image",
  severity: "warning",
  since: "0.1.0",
  // With the built image (also when the Dockerfile is rebuilt from its history) only the image is judged:
  // its filesystem shows which tools really stayed, so no Dockerfile finding repeats or contradicts it.
  needs: { facts: ["lineage"], dockerfile: true, history: false, image: {}, lambda: true },
  docs: {
    what: "Checks that the function image does not keep compilers and development packages (the packages, groups, toolchain downloads and image paths in the Build tools table below), when they are installed in the target stage or a stage it is built FROM and not removed later in the same RUN (apt-get purge/remove, yum/dnf remove, apk del of the package or of its --virtual group, the apt-mark auto + autoremove pattern). Builder stages that are only copied from are not checked, nor is a Dockerfile with no sign of Lambda (LL100): a dev container or a builder image is there to compile. git is not reported: it is not a compiler and some functions use it at run time. On a built image (with or without its Dockerfile, or rebuilt from the history) the image alone is judged: compilers and toolchains in the final filesystem (the image path groups of the table), with headers, pkg-config files and binutils added to the bytes; headers or ld alone are not reported. One finding names the tool groups with their bytes and layers, on the RUN that installed the biggest part when the Dockerfile is given.",
    why: "A C toolchain with headers adds 150-300 MB to the image (a Rust toolchain over 1 GB) that the function never runs: a bigger image to push, to store, and for Lambda to fetch and cache when it prepares the function, and more packages for vulnerability scanners to flag. Native extensions only need the compiler while they are built; a multi-stage build compiles them in a builder stage and copies only the result (site-packages, node_modules, the binary) into the image.",
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY requirements.txt ${LAMBDA_TASK_ROOT}/\nRUN dnf install -y gcc python3-devel && dnf clean all \\\n && pip install --no-cache-dir -r requirements.txt\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12 AS build\nRUN dnf install -y gcc python3-devel\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt --target /out\n\nFROM public.ecr.aws/lambda/python:3.12\nCOPY --from=build /out ${LAMBDA_TASK_ROOT}\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      "https://docs.docker.com/build/building/multi-stage/",
      "https://docs.aws.amazon.com/lambda/latest/dg/python-image.html",
      "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html"
    ],
    tables: [
      {
        title: "Build tools",
        intro: "What this rule counts as a build tool (src/knowledge/build-tools.ts): OS packages (apt, apk, yum/dnf), package groups, toolchain downloads, and, on a built image, file paths (groups that report on their own, and groups that only add their bytes to a report).",
        columns: ["kind", "entries"],
        rows: () => [
          ["OS packages", BUILD_TOOL_PACKAGES.join(", ")],
          ["header packages", DEV_PACKAGE_SUFFIXES.map((x) => `*${x}`).join(", ")],
          ["package groups", BUILD_TOOL_GROUPS.map((g) => `"${g}"`).join(", ")],
          ...TOOLCHAIN_DOWNLOADS.map((t) => [`download: ${t.label}`, t.paths.join(", ")]),
          ...BUILD_TOOL_FILES.map((f) => [`image paths: ${f.label}`, f.trigger ? "reported" : "adds its bytes to a report"])
        ]
      }
    ]
  },
  messages: {
    buildTools: {
      text: "This RUN installs build tools in the shipped image and does not remove them in the same RUN (a later RUN cannot shrink this layer): {{packages}}{{size}}. They are needed to compile, rarely to run it (a function that compiles code per request keeps them).",
      severity: "warning",
      fix: "Use a multi-stage build: install them and compile in a builder stage (FROM ... AS build), then COPY --from=build only the artifacts; or remove them in the same RUN ({{remove}})."
    },
    toolchain: {
      text: "This RUN installs {{toolchain}} in the shipped image ({{path}}) and does not remove it in the same RUN (a later RUN cannot shrink this layer); a compiler toolchain is only needed to build.",
      severity: "warning",
      fix: "Build in a builder stage and COPY --from=build only the compiled artifact; or remove it in the same RUN ({{remove}})."
    },
    imageBuildTools: {
      text: "The image ships build tools that only compiling needs: {{tools}}; {{size}} in {{files}} (layer {{layers}}).",
      severity: "warning",
      fix: "Use a multi-stage build: install the compiler and headers and build in a builder stage (FROM ... AS build), then COPY --from=build only the artifacts (site-packages, node_modules, the binary); or remove the tools in the same RUN that installed them.",
      evidence: "image"
    }
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    return {
      image(image) {
        const found = imageBuildTools(image);
        if (!found) return;
        const layers = [...found.byLayer.keys()].sort((a, b) => a - b);
        const main = [...found.byLayer.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
        const tools = found.groups.map((g) => `${g.label} ${formatBytes(g.bytes)}${g.trigger ? ` (${g.example})` : ""}`).join(", ");
        ctx.report({
          messageId: "imageBuildTools",
          source: "image-layer",
          layer: main,
          data: { tools, size: `${formatBytes(found.bytes)} (${found.bytes} bytes)`, files: `${found.files} file${found.files === 1 ? "" : "s"}`, layers: `${layers.map((l) => l + 1).join(", ")} of ${image.layers.length}` }
        });
      },
      instruction(ins) {
        if (ctx.image) return;
        if (ins.keyword !== "RUN" || !ins.stage || !lineage.has(ins.stage)) return;
        const script = ctx.df.shell(ins);
        if (!script) return;
        const byCmd = new Map(installs(script).map((i) => [i.cmd, i]));
        const kept = [];
        let manager = "";
        script.commands.forEach((cmd, index) => {
          const mc = one(cmd);
          if (!mc) return;
          const inst = byCmd.get(cmd);
          const fromVars = inst ? cmd.args.filter((a, i) => !cmd.literal[i] && !a.startsWith("-")).flatMap((a) => {
            const e = expand(a, ins.scope);
            return e.unresolved.length ? [] : e.value.split(/\s+/).filter(Boolean);
          }) : [];
          const tools = [...new Set(buildToolsOf(mc, [...(inst?.packages ?? []).filter((p) => !p.includes("$")), ...fromVars]))];
          if (!tools.length) return;
          manager ||= mc.manager;
          const virtual = mc.manager === "apk" ? inst?.options.find((o) => o.startsWith("--virtual=") || o.startsWith("-t="))?.split("=")[1] : void 0;
          for (const t of tools) kept.push({ name: t, virtual, index });
        });
        const stillThere = kept.filter((k) => {
          const removed = removedAfter(script, k.index);
          if (removed.all) return false;
          return !removed.names.has(k.name.toLowerCase()) && !(k.virtual && removed.names.has(k.virtual.toLowerCase()));
        });
        const names = [...new Set(stillThere.map((k) => k.name))];
        if (names.length) {
          ctx.report({ messageId: "buildTools", at: ins, data: { packages: list2(names), size: sizeOf(names), remove: removeHint(manager, names) } });
        }
        const removedPaths2 = [...script.commands.filter((c) => commandName(c) === "rm").flatMap((c) => c.args.filter((a) => !a.startsWith("-"))), ...cacheMountTargets(ins.flags)];
        for (const t of TOOLCHAIN_DOWNLOADS) {
          const fetched = script.commands.some((c) => ["curl", "wget"].includes(commandName(c)) && c.args.some((a) => t.host.test(a)));
          const rustupInit = t.label.includes("Rust") && script.commands.some((c) => commandName(c) === "rustup-init" || commandName(c) === "rustup" && ["toolchain", "default", "install"].includes(c.args[0] ?? ""));
          if (!fetched && !rustupInit) continue;
          const uninstalled = t.label.includes("Rust") && script.commands.some((c) => commandName(c) === "rustup" && c.args[0] === "self" && c.args[1] === "uninstall");
          if (uninstalled || t.paths.some((p) => removedPaths2.some((r) => pathWithin(p, r)))) continue;
          ctx.report({ messageId: "toolchain", at: ins, data: { toolchain: t.label, path: t.paths.slice(0, 2).join(", "), remove: t.remove } });
        }
      }
    };
  }
});

// src/knowledge/context-excludes.ts
var CONTEXT_EXCLUDES = [
  { name: ".git", kind: "dir", why: "repository history" },
  { name: "node_modules", kind: "dir", why: "host-installed dependencies the build installs again", node: true },
  { name: "tests", kind: "dir", why: "tests" },
  { name: "test", kind: "dir", why: "tests" },
  { name: "__tests__", kind: "dir", why: "tests" },
  { name: "__pycache__", kind: "dir", why: "bytecode cache" },
  { name: ".pytest_cache", kind: "dir", why: "test cache" },
  { name: ".mypy_cache", kind: "dir", why: "type-checker cache" },
  { name: ".ruff_cache", kind: "dir", why: "linter cache" },
  { name: ".tox", kind: "dir", why: "test environments" },
  { name: ".venv", kind: "dir", why: "a local virtualenv" },
  { name: "venv", kind: "dir", why: "a local virtualenv" },
  { name: ".aws", kind: "dir", why: "AWS credentials and config" },
  { name: ".env", kind: "file", why: "environment secrets" },
  { name: ".aws-sam", kind: "dir", why: "SAM build output" },
  { name: "cdk.out", kind: "dir", why: "CDK synth output" },
  { name: ".serverless", kind: "dir", why: "Serverless Framework output" }
];
var OPAQUE_DIRS = ["node_modules", ".git", ".venv", "venv", "site-packages", "vendor", ".tox"];
var DEPENDENCY_DIRS3 = OPAQUE_DIRS.filter((d) => d !== "vendor");
function isEnvFile(base2) {
  return base2 === ".env" || /^\.env\.[\w.-]+$/.test(base2) && !/\.(example|sample|template|dist)$/.test(base2);
}

// rules/LL306-build-context-unfiltered.ts
var NODE_MANAGERS = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
function offenders(files, nodeInstalled) {
  const found = /* @__PURE__ */ new Map();
  const excludes = CONTEXT_EXCLUDES.filter((e) => !e.node || nodeInstalled);
  for (const f of files) {
    const segments = f.path.split("/");
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      const last = i === segments.length - 1;
      const isDir = !last || f.dir;
      let hit = excludes.find((e) => e.name === seg && e.kind === "dir" === isDir);
      if (!hit && !isDir && isEnvFile(seg)) hit = CONTEXT_EXCLUDES.find((e) => e.name === ".env");
      if (hit) {
        const path = segments.slice(0, i + 1).join("/");
        const o = found.get(path) ?? { path, dir: isDir, bytes: 0, why: hit.why };
        if (!f.dir) o.bytes += f.size;
        found.set(path, o);
        break;
      }
      if (OPAQUE_DIRS.includes(seg)) break;
    }
  }
  return [...found.values()].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
}
function describe(list3, truncated, max = 5) {
  const shown = list3.slice(0, max).map((o) => `${o.path}${o.dir ? "/" : ""} (${truncated ? "at least " : ""}${formatBytes(o.bytes)}, ${o.why})`);
  return list3.length > max ? `${shown.join(", ")} + ${list3.length - max} more` : shown.join(", ");
}
var LL306_build_context_unfiltered_default = defineRule({
  code: "LL306",
  name: "build-context-unfiltered",
  severity: "warning",
  since: "0.1.0",
  sameAs: ["dockle DKL-LI-0003"],
  needs: { facts: ["lineage"], dockerfile: true, context: true },
  docs: {
    what: "Checks `COPY .` and `ADD .` into the function image (the target stage, the stages it is built FROM, and builder stages whose copied folder the target copies whole with COPY --from) against the build context: it reports a context with no .dockerignore at all, and a .dockerignore that still lets through one of the entries of the Context entries table below (node_modules only when the Dockerfile installs Node.js dependencies itself; `.env.*` files count as `.env`, example files do not). It looks at the files that actually exist and names them with their sizes. When the build context cannot be read, the rule stays quiet rather than guess.",
    why: 'Everything `COPY .` takes ships in the function image: the repository history, test suites, virtualenvs and a host-built node_modules (with native modules compiled for macOS or Windows that fail on Lambda with "invalid ELF header") add megabytes to every deploy and to what Lambda fetches for new execution environments. .aws and .env files put credentials into an image anyone with pull access can read. A .dockerignore also keeps unrelated edits (a README, a test) from busting the build cache of the COPY layer.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n', context: { ...PYTHON_HANDLER, "tests/test_app.py": "def test():\n    pass\n" } },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.12\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD ["app.handler"]\n', context: { ...PYTHON_HANDLER, "tests/test_app.py": "def test():\n    pass\n", ".dockerignore": ".git\ntests/\n**/__pycache__\n.venv\n.env\n" } },
    references: [
      "https://docs.docker.com/build/concepts/context/#dockerignore-files",
      "https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore",
      "https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#dkl-li-0003"
    ],
    tables: [
      {
        title: "Context entries",
        intro: "The files and folders this rule expects a .dockerignore to keep out of the function image (src/knowledge/context-excludes.ts).",
        columns: ["entry", "kind", "what it is", "when"],
        rows: () => CONTEXT_EXCLUDES.map((e) => [e.name, e.kind === "dir" ? "folder" : "file", e.why, e.node ? "the Dockerfile installs Node.js dependencies" : "always"])
      }
    ]
  },
  messages: {
    noDockerignore: {
      text: "{{copy}} copies the whole build context into the image and there is no .dockerignore{{found}}.",
      severity: "warning",
      fix: "Add a .dockerignore next to the Dockerfile ({{ignore}}), or COPY only what the function needs."
    },
    unfilteredPaths: {
      text: "{{copy}} copies {{found}} into the image: .dockerignore ({{dockerignore}}) does not exclude them.",
      severity: "warning",
      fix: "Add to .dockerignore: {{ignore}}."
    }
  },
  create(ctx) {
    const lineage = new Set(ctx.facts.lineage);
    const copies = [];
    return {
      instruction(ins) {
        if (ins.keyword !== "COPY" && ins.keyword !== "ADD" || !ins.stage || !ins.copy || ins.copy.from !== void 0) return;
        if (ins.copy.sources.some((s) => s === "." || s === "./" || s === "/")) copies.push(ins);
      },
      end() {
        const context = ctx.context;
        if (!context || copies.length === 0) return;
        const nodeInstalled = ctx.df.stages.some((s) => s.reachesTarget && s.instructions.some((i) => i.keyword === "RUN" && installs(ctx.df.shell(i)).some((p) => NODE_MANAGERS.has(p.manager))));
        const ships2 = (ins) => {
          const stage = ins.stage;
          if (lineage.has(stage)) return true;
          const dest = normalizePath(ins.copy.dest);
          return [...lineage].some((s) => s.instructions.some((c) => c.copy?.fromStage === stage && c.copy.sources.some((src) => src.startsWith("/") && pathWithin(dest, normalizePath(src)))));
        };
        let list3;
        for (const ins of copies) {
          if (!ships2(ins)) continue;
          list3 ??= offenders(context.files(), nodeInstalled);
          const spec = ins.copy;
          const mine = spec.excludes ? list3.filter((o) => !copyExcludes(spec, o.path)) : list3;
          const copy = `${ins.keyword} ${ins.words.join(" ")}`;
          const ignore = (mine.length ? mine.slice(0, 8).map((o) => o.dir ? `${o.path}/` : o.path) : [".git", "**/__pycache__", ".venv", ".env", "tests/"]).join(", ");
          if (!context.dockerignore) {
            const found = mine.length ? `, so it takes ${describe(mine, context.truncated)}` : "";
            ctx.report({ messageId: "noDockerignore", at: ins, source: "build-context", data: { copy, found, ignore: mine.length ? `with ${ignore}` : `e.g. ${ignore}` } });
            continue;
          }
          if (!mine.length) continue;
          const dockerignore = context.dockerignore.path.split(/[\\/]/).pop() ?? ".dockerignore";
          ctx.report({ messageId: "unfilteredPaths", at: ins, source: "build-context", data: { copy, found: describe(mine, context.truncated), dockerignore, ignore } });
        }
      }
    };
  }
});

// rules/index.ts
var rules = [LL001_dockerfile_syntax_default, LL002_copy_source_missing_default, LL003_install_prompts_default, LL100_lambda_not_detected_default, LL101_ric_missing_default, LL102_entrypoint_invalid_default, LL103_handler_invalid_default, LL104_workdir_not_task_root_default, LL105_platform_unsupported_default, LL106_runtime_deprecated_default, LL107_file_not_readable_default, LL108_write_outside_tmp_default, LL109_package_manager_mismatch_default, LL110_setting_ignored_default, LL111_zip_setting_on_image_default, LL112_reserved_env_in_config_default, LL201_base_image_unpinned_default, LL202_secret_baked_default, LL203_remote_script_piped_default, LL204_image_tag_mutable_default, LL301_cache_leftover_default, LL302_layer_order_default, LL303_image_too_large_default, LL304_wasted_space_default, LL305_build_tools_in_final_image_default, LL306_build_context_unfiltered_default];

export {
  formatBytes,
  closest,
  isSecretName,
  redact,
  redactText,
  redactDeep,
  mapStrings,
  inputLine,
  safeText,
  defuseWorkflowLine,
  require_main3 as require_main,
  hubRepository,
  AWS_BASE_CONFIG,
  awsBaseLayerCount,
  lambdaNamedRepository,
  globToRegExp,
  hasInstruction,
  expand,
  parentsLanding,
  copyExcludes,
  parseDockerfile,
  baseSetsNoLambdaVariables,
  normalizePath,
  stageLineage,
  envPathList,
  pathWithin,
  contextPath,
  DEPENDENCY_DIRS3 as DEPENDENCY_DIRS,
  memoOn,
  RICS,
  ricById,
  BOOTSTRAP_PATHS,
  WEB_ADAPTER,
  JAVA_RIC_JAR,
  JAVA_RIC_MAIN,
  DOTNET_RIC_DLL,
  RIE_BINARIES,
  COMPILERS,
  managerCommands,
  installs,
  normalizePyName,
  bareShell,
  entrypointLaunchArgv,
  classifyLaunch,
  placedAt,
  ConfigError,
  configSchema,
  optionsOf,
  findConfig,
  loadConfig,
  SEVERITY_RANK,
  atLeast,
  commonJsInEsm,
  functionDefined,
  imageContract,
  MissingFact,
  interpolate,
  RUNTIME_START,
  PER_OWN_MB,
  IMPORT_COST,
  GENERIC_IMPORT,
  GENERIC_IMPORT_CAP,
  ARM64_PRICE_CUT,
  SNAPSTART_NOTE_AWS_BASE,
  SNAPSTART_NOTE_OTHER_BASE,
  lockedPythonPackages,
  GENERIC_PACKAGE_MB,
  GENERIC_PACKAGE_SOURCE,
  BUILD_ARTIFACT_MB,
  BUILD_ARTIFACT_SOURCE,
  PIP_NAME_NORMALISE,
  packageByName,
  packageByKey,
  baseImageSize,
  formatMs,
  msRange,
  sizeRange,
  contentScanPolicy,
  ContentScanner,
  rules
};
