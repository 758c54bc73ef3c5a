#pragma once
// The abstract syntax tree produced by the parser (ECMAScript 2025, scripts and modules).
//
// Ownership and lifetime: every node is allocated in the AstArena of one Ast object and is owned by it.
// Node pointers (and the strings/vectors inside nodes) stay valid exactly as long as that Ast lives; nodes
// are never freed individually and must not be deleted. A ParseResult hands the Ast out as a unique_ptr
// (convert it to a shared_ptr if several compiled functions need to keep it alive). The Ast also keeps the
// UTF-16 source text, so Function.prototype.toString can slice it with a function's source offsets.
//
// Depth: the parser rejects input nested more deeply than its nesting budget (1500 units, where every
// nested expression/statement level and every link of a left-nested chain like a.b.c or a + b + c costs at
// least one), so the AST depth stays below that and recursive traversals are safe on a normal stack.
//
// Positions: `start`/`end` are UTF-16 code-unit offsets into Ast::source ([start, end)); `line` and `column`
// are those of `start`, both 1-based, the column counted in UTF-16 code units.
//
// Conventions used throughout:
// - Nullable child pointers are documented as "or nullptr"; child lists are std::vector<Node*>.
// - Identifier is used both for references/bindings and for plain names (non-computed property keys,
//   labels are plain strings instead). The parent decides which.
// - Patterns (destructuring) use ArrayPattern/ObjectPattern/AssignmentPattern/RestElement. In binding
//   patterns the leaves are Identifiers; in assignment patterns (destructuring assignment) a leaf may be any
//   simple assignment target (Identifier, MemberExpression, SuperMember).
// - Every function-like construct is a FunctionNode (see is_function_node()).
#include "parser/import_phase.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace yjs {

struct Identifier;
struct ClassNode;

enum class NodeKind : std::uint8_t {
    Program,

    // Statements and declarations.
    VariableDeclaration,
    VariableDeclarator,
    FunctionDeclaration, // FunctionNode
    ClassDeclaration,    // ClassNode
    ExpressionStatement,
    BlockStatement,
    EmptyStatement,
    IfStatement,
    ForStatement,
    ForInStatement,
    ForOfStatement, // also for-await-of
    WhileStatement,
    DoWhileStatement,
    ContinueStatement,
    BreakStatement,
    ReturnStatement,
    WithStatement,
    SwitchStatement,
    SwitchCase,
    LabeledStatement,
    ThrowStatement,
    TryStatement,
    CatchClause,
    DebuggerStatement,

    // Modules.
    ImportDeclaration,
    ImportSpecifier,
    ExportNamedDeclaration,
    ExportSpecifier,
    ExportDefaultDeclaration,
    ExportAllDeclaration,

    // Expressions.
    Identifier,
    PrivateName, // #x (in member access, `#x in obj`, and as a class element key)
    NullLiteral,
    BooleanLiteral,
    NumericLiteral,
    BigIntLiteral,
    StringLiteral,
    RegExpLiteral,
    TemplateLiteral,
    TaggedTemplate,
    ThisExpression,
    SuperCall,   // super(...)
    SuperMember, // super.x / super[x]
    NewTarget,   // new.target
    ImportMeta,  // import.meta
    ImportCall,  // import(x) / import(x, options)
    ArrayExpression,
    ObjectExpression,
    Property,           // member of ObjectExpression or ObjectPattern
    FunctionExpression, // FunctionNode
    ArrowFunction,      // FunctionNode
    ClassExpression,    // ClassNode
    ClassElement,
    UnaryExpression,
    UpdateExpression,
    BinaryExpression,
    LogicalExpression,
    AssignmentExpression,
    ConditionalExpression,
    CallExpression,
    NewExpression,
    MemberExpression,
    OptionalChain, // wraps the whole short-circuiting chain a?.b.c(...)
    SequenceExpression,
    YieldExpression,
    AwaitExpression,
    SpreadElement,

    // Function-like nodes that are not declarations/expressions on their own (all are FunctionNode).
    MethodFunction,        // object/class method, getter, setter, class constructor
    ClassFieldInitializer, // the synthesized "function" evaluating one field's initializer
    ClassStaticBlock,      // static { ... }

    // Patterns.
    ArrayPattern,
    ObjectPattern,
    AssignmentPattern, // target = default
    RestElement,       // ...target
};

const char* node_kind_name(NodeKind kind);

struct Node {
    explicit Node(NodeKind k) : kind(k) {}
    virtual ~Node() = default;
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;

    NodeKind kind;
    // True when this expression was written inside parentheses, e.g. `(a)`. Rarely matters to the
    // compiler (optional chains are delimited by OptionalChain nodes instead).
    bool parenthesized = false;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;

    template <typename T> T* as() { return static_cast<T*>(this); }
    template <typename T> const T* as() const { return static_cast<const T*>(this); }
};

inline bool is_function_node(NodeKind k) {
    return k == NodeKind::FunctionDeclaration || k == NodeKind::FunctionExpression ||
           k == NodeKind::ArrowFunction || k == NodeKind::MethodFunction ||
           k == NodeKind::ClassFieldInitializer || k == NodeKind::ClassStaticBlock;
}

// ---------------------------------------------------------------------------------------------------------
// Scope annotations

// The kinds of LexicalScope::lexical_declarations entries. (Var and Parameter complete the set of binding
// kinds for consumers that track all bindings; the parser never puts them in lexical_declarations: var
// names are in var_names, parameters in FunctionNode::parameter_names.)
enum class DeclarationKind : std::uint8_t {
    Var,
    Let,
    Const,
    Class,
    Function, // a function/generator/async declaration that is lexically scoped (in a block, switch, module)
    Parameter,
    CatchParameter,
    Import, // module import binding (immutable, indirect)
};

// One declared name. `node` is the declaring node: the VariableDeclaration, the FunctionNode, the ClassNode,
// the CatchClause (catch parameters) or the ImportSpecifier (imports).
struct Declaration {
    std::u16string name;
    DeclarationKind kind;
    Node* node = nullptr;
};

struct FunctionNode;

// Per-scope data of block-like scopes (Program, function bodies, Block, switch case blocks, for heads, catch
// clauses, class bodies): the LexicallyScopedDeclarations, each bound name once, in source order. A
// lexically scoped function declaration (kind Function) must be instantiated when the scope is entered.
struct LexicalScope {
    std::vector<Declaration> lexical_declarations;
};

// ---------------------------------------------------------------------------------------------------------
// Statements

// Using and AwaitUsing are `using` / `await using` declarations: const-like bindings whose values are added
// to their scope's DisposeCapability.
enum class VariableKind : std::uint8_t { Var, Let, Const, Using, AwaitUsing };

struct VariableDeclarator : Node {
    VariableDeclarator() : Node(NodeKind::VariableDeclarator) {}
    Node* target = nullptr; // Identifier, ArrayPattern or ObjectPattern
    Node* init = nullptr;   // or nullptr
};

struct VariableDeclaration : Node {
    VariableDeclaration() : Node(NodeKind::VariableDeclaration) {}
    VariableKind variable_kind = VariableKind::Var;
    std::vector<VariableDeclarator*> declarations;
};

struct ExpressionStatement : Node {
    ExpressionStatement() : Node(NodeKind::ExpressionStatement) {}
    Node* expression = nullptr;
    // Set for a string-literal statement in a directive prologue ("use strict" etc.).
    bool is_directive = false;
};

struct BlockStatement : Node, LexicalScope {
    BlockStatement() : Node(NodeKind::BlockStatement) {}
    std::vector<Node*> body;
};

struct EmptyStatement : Node {
    EmptyStatement() : Node(NodeKind::EmptyStatement) {}
};

struct IfStatement : Node {
    IfStatement() : Node(NodeKind::IfStatement) {}
    Node* test = nullptr;
    // Annex B: `if (x) function f(){}` in sloppy mode is parsed as if the function were in a block; the
    // parser then wraps it in a synthesized BlockStatement, so consequent/alternate are always statements.
    Node* consequent = nullptr;
    Node* alternate = nullptr; // or nullptr
};

// for (init; test; update) body. For `for (let/const ...)` the head's bindings are listed in the
// LexicalScope (per-iteration copies are needed for `let`).
struct ForStatement : Node, LexicalScope {
    ForStatement() : Node(NodeKind::ForStatement) {}
    Node* init = nullptr;   // VariableDeclaration, expression, or nullptr
    Node* test = nullptr;   // or nullptr
    Node* update = nullptr; // or nullptr
    Node* body = nullptr;
};

// ForInStatement / ForOfStatement: for (left in right) body / for (left of right) body / for await (left of
// right) body. `left` is a VariableDeclaration with exactly one declarator (whose init is nullptr, except for
// the Annex B `for (var x = init in obj)` form in sloppy scripts), or an assignment target: Identifier,
// MemberExpression, SuperMember, ArrayPattern or ObjectPattern (assignment patterns), or, for the Annex B
// web-compat case in sloppy mode, a CallExpression (throws ReferenceError at runtime).
struct ForInOfStatement : Node, LexicalScope {
    using Node::Node;
    Node* left = nullptr;
    Node* right = nullptr;
    Node* body = nullptr;
    bool is_await = false; // for await (... of ...)
};

struct WhileStatement : Node {
    WhileStatement() : Node(NodeKind::WhileStatement) {}
    Node* test = nullptr;
    Node* body = nullptr;
};

struct DoWhileStatement : Node {
    DoWhileStatement() : Node(NodeKind::DoWhileStatement) {}
    Node* body = nullptr;
    Node* test = nullptr;
};

// BreakStatement / ContinueStatement; `label` is empty when there is none (labels are never empty strings).
struct JumpStatement : Node {
    using Node::Node;
    std::u16string label;
};

struct ReturnStatement : Node {
    ReturnStatement() : Node(NodeKind::ReturnStatement) {}
    Node* argument = nullptr; // or nullptr
};

struct WithStatement : Node {
    WithStatement() : Node(NodeKind::WithStatement) {}
    Node* object = nullptr;
    Node* body = nullptr;
};

struct SwitchCase : Node {
    SwitchCase() : Node(NodeKind::SwitchCase) {}
    Node* test = nullptr; // nullptr for `default:`
    std::vector<Node*> consequent;
};

// The case block is one lexical scope (listed in LexicalScope).
struct SwitchStatement : Node, LexicalScope {
    SwitchStatement() : Node(NodeKind::SwitchStatement) {}
    Node* discriminant = nullptr;
    std::vector<SwitchCase*> cases;
};

struct LabeledStatement : Node {
    LabeledStatement() : Node(NodeKind::LabeledStatement) {}
    std::u16string label;
    Node* body = nullptr;
};

struct ThrowStatement : Node {
    ThrowStatement() : Node(NodeKind::ThrowStatement) {}
    Node* argument = nullptr;
};

// catch (param) body. The parameter's bound names are in the LexicalScope (kind CatchParameter); the body
// block has its own scope.
struct CatchClause : Node, LexicalScope {
    CatchClause() : Node(NodeKind::CatchClause) {}
    Node* param = nullptr; // Identifier, ArrayPattern, ObjectPattern, or nullptr (optional catch binding)
    BlockStatement* body = nullptr;
};

struct TryStatement : Node {
    TryStatement() : Node(NodeKind::TryStatement) {}
    BlockStatement* block = nullptr;
    CatchClause* handler = nullptr;      // or nullptr
    BlockStatement* finalizer = nullptr; // or nullptr
};

struct DebuggerStatement : Node {
    DebuggerStatement() : Node(NodeKind::DebuggerStatement) {}
};

// ---------------------------------------------------------------------------------------------------------
// Modules

// A ModuleRequest record: the specifier and its import attributes (`with { type: "json" }`), attributes in
// source order with unique keys.
struct ImportAttribute {
    std::u16string key;
    std::u16string value;
};

struct ModuleRequest {
    std::u16string specifier;
    std::vector<ImportAttribute> attributes;
    ImportPhase phase = ImportPhase::Evaluation;
};

// One binding of an import declaration.
//   import d from "m"          -> kind Default,   imported "default", local d
//   import * as ns from "m"    -> kind Namespace, imported "",        local ns
//   import { a as b } from "m" -> kind Named,     imported "a",       local b
// (imported may be any string for `import { "str" as b }`.)
struct ImportSpecifier : Node {
    ImportSpecifier() : Node(NodeKind::ImportSpecifier) {}
    enum class Kind : std::uint8_t { Default, Namespace, Named };
    Kind specifier_kind = Kind::Named;
    std::u16string imported;
    Identifier* local = nullptr;
};

struct ImportDeclaration : Node {
    ImportDeclaration() : Node(NodeKind::ImportDeclaration) {}
    ModuleRequest request;
    std::vector<ImportSpecifier*> specifiers; // empty for `import "m";`
};

// `local as exported` inside export { ... } (with or without a `from` clause). For `export { x }`
// local == exported == "x". With a `from` clause `local` is the name imported from the other module, which
// may be any string (`export { "a b" as c } from "m"`).
struct ExportSpecifier : Node {
    ExportSpecifier() : Node(NodeKind::ExportSpecifier) {}
    std::u16string local;
    std::u16string exported;
};

// export var/let/const/function/class ... (declaration set), or export { ... } [from "m"].
struct ExportNamedDeclaration : Node {
    ExportNamedDeclaration() : Node(NodeKind::ExportNamedDeclaration) {}
    Node* declaration = nullptr; // VariableDeclaration, FunctionNode, ClassNode, or nullptr
    std::vector<ExportSpecifier*> specifiers;
    std::optional<ModuleRequest> request; // set for `export { ... } from "m"`
};

// export default <HoistableDeclaration | ClassDeclaration | AssignmentExpression>;
// For an anonymous `export default function () {}` / `export default class {}` the FunctionNode/ClassNode
// has id == nullptr; its binding is the local name "*default*" and its "name" property is "default". For
// an expression, the value is bound to "*default*" (with NamedEvaluation "default" for anonymous
// functions/classes); that binding is listed in the Program's lexical_declarations with kind Let and this
// node as its declaring node.
struct ExportDefaultDeclaration : Node {
    ExportDefaultDeclaration() : Node(NodeKind::ExportDefaultDeclaration) {}
    Node* declaration = nullptr; // FunctionDeclaration, ClassDeclaration, or an expression
};

// export * from "m" / export * as name from "m".
struct ExportAllDeclaration : Node {
    ExportAllDeclaration() : Node(NodeKind::ExportAllDeclaration) {}
    std::optional<std::u16string> exported; // the `as` name, if any
    ModuleRequest request;
};

// Module records (ECMA-262 16.2.1.6 ParseModule), computed by the parser.
struct ImportEntry {
    std::size_t module_request = 0; // index into Program::requested_modules
    // ImportName: a string, namespace-object when is_namespace is set (a deferred namespace when the
    // request's phase is defer), or source (`import source x`) when is_source is set.
    bool is_namespace = false;
    bool is_source = false;
    std::u16string import_name;
    std::u16string local_name;
};

struct ExportEntry {
    std::optional<std::u16string> export_name; // null only for `export * from`
    std::optional<std::size_t> module_request; // index into Program::requested_modules, or null
    // ImportName: null, "all" (export * as ns from), "all-but-default" (export * from), or a string.
    enum class ImportKind : std::uint8_t { None, All, AllButDefault, Name };
    ImportKind import_kind = ImportKind::None;
    std::u16string import_name; // when import_kind == Name
    std::optional<std::u16string> local_name;
};

// ---------------------------------------------------------------------------------------------------------
// Expressions

struct Identifier : Node {
    Identifier() : Node(NodeKind::Identifier) {}
    std::u16string name; // escapes already decoded
};

struct PrivateName : Node {
    PrivateName() : Node(NodeKind::PrivateName) {}
    std::u16string name; // including the leading '#', e.g. u"#x"
};

struct NullLiteral : Node {
    NullLiteral() : Node(NodeKind::NullLiteral) {}
};

struct BooleanLiteral : Node {
    BooleanLiteral() : Node(NodeKind::BooleanLiteral) {}
    bool value = false;
};

struct NumericLiteral : Node {
    NumericLiteral() : Node(NodeKind::NumericLiteral) {}
    double value = 0;
};

struct BigIntLiteral : Node {
    BigIntLiteral() : Node(NodeKind::BigIntLiteral) {}
    std::string digits; // the value as decimal digits (no sign, no leading zeros except "0")
};

struct StringLiteral : Node {
    StringLiteral() : Node(NodeKind::StringLiteral) {}
    std::u16string value; // may contain lone surrogates
};

struct RegExpLiteral : Node {
    RegExpLiteral() : Node(NodeKind::RegExpLiteral) {}
    std::u16string pattern; // source text between the slashes
    std::u16string flags;
};

// One literal piece of a template. `cooked` is nullopt (undefined) only in tagged templates containing an
// invalid escape sequence; untagged templates with such escapes are SyntaxErrors.
struct TemplateElement {
    std::optional<std::u16string> cooked;
    std::u16string raw; // TRV, with CR and CRLF normalized to LF
};

// `quasis.size() == expressions.size() + 1`.
struct TemplateLiteral : Node {
    TemplateLiteral() : Node(NodeKind::TemplateLiteral) {}
    std::vector<TemplateElement> quasis;
    std::vector<Node*> expressions;
};

// tag`...`. Each TaggedTemplate node is one template site: the compiler keys the cached template object
// on the node's identity.
struct TaggedTemplate : Node {
    TaggedTemplate() : Node(NodeKind::TaggedTemplate) {}
    Node* tag = nullptr;
    TemplateLiteral* quasi = nullptr;
};

struct ThisExpression : Node {
    ThisExpression() : Node(NodeKind::ThisExpression) {}
};

struct SuperCall : Node {
    SuperCall() : Node(NodeKind::SuperCall) {}
    std::vector<Node*> arguments; // may contain SpreadElement
};

// super.name (property is an Identifier used as a name) or super[expr] (computed).
struct SuperMember : Node {
    SuperMember() : Node(NodeKind::SuperMember) {}
    Node* property = nullptr;
    bool computed = false;
};

struct NewTarget : Node {
    NewTarget() : Node(NodeKind::NewTarget) {}
};

struct ImportMeta : Node {
    ImportMeta() : Node(NodeKind::ImportMeta) {}
};

struct ImportCall : Node {
    ImportCall() : Node(NodeKind::ImportCall) {}
    ImportPhase phase = ImportPhase::Evaluation; // import.defer(...), import.source(...)
    Node* source = nullptr;
    Node* options = nullptr; // the second argument, or nullptr
};

// Elements may be nullptr (holes) or SpreadElement.
struct ArrayExpression : Node {
    ArrayExpression() : Node(NodeKind::ArrayExpression) {}
    std::vector<Node*> elements;
};

enum class PropertyKind : std::uint8_t {
    Init,   // key: value, shorthand `key`, or (in patterns) key: pattern
    Method, // key() {}, including generator/async methods
    Get,
    Set,
};

// A property of an ObjectExpression or ObjectPattern.
// key: Identifier (a plain name), StringLiteral, NumericLiteral, BigIntLiteral, or any expression when
// computed. value: an expression; for methods/accessors a FunctionNode of kind MethodFunction; in an
// ObjectPattern a pattern leaf or AssignmentPattern (defaults). Shorthand `{a}` / `{a = 1}` has
// shorthand set and value = Identifier (or AssignmentPattern with an Identifier target).
struct Property : Node {
    Property() : Node(NodeKind::Property) {}
    PropertyKind property_kind = PropertyKind::Init;
    Node* key = nullptr;
    Node* value = nullptr;
    bool computed = false;
    bool shorthand = false;
    // `__proto__: value` (non-computed, non-shorthand, not a method) in an object literal: sets the
    // prototype instead of defining a property.
    bool is_proto_setter = false;
};

// Properties are Property or SpreadElement.
struct ObjectExpression : Node {
    ObjectExpression() : Node(NodeKind::ObjectExpression) {}
    std::vector<Node*> properties;
};

enum class UnaryOp : std::uint8_t { Minus, Plus, Not, BitNot, Typeof, Void, Delete };
enum class UpdateOp : std::uint8_t { Increment, Decrement };
enum class BinaryOp : std::uint8_t {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    LeftShift,
    SignedRightShift,
    UnsignedRightShift,
    BitAnd,
    BitOr,
    BitXor,
    Equal,
    NotEqual,
    StrictEqual,
    StrictNotEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    InstanceOf,
    In,
};
enum class LogicalOp : std::uint8_t { And, Or, Coalesce };
enum class AssignOp : std::uint8_t {
    Assign,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    LeftShift,
    SignedRightShift,
    UnsignedRightShift,
    BitAnd,
    BitOr,
    BitXor,
    And,
    Or,
    Coalesce, // &&= ||= ??= (short-circuiting)
};

const char* unary_op_name(UnaryOp op);
const char* binary_op_name(BinaryOp op);
const char* logical_op_name(LogicalOp op);
const char* assign_op_name(AssignOp op);

struct UnaryExpression : Node {
    UnaryExpression() : Node(NodeKind::UnaryExpression) {}
    UnaryOp op = UnaryOp::Minus;
    Node* argument = nullptr;
};

struct UpdateExpression : Node {
    UpdateExpression() : Node(NodeKind::UpdateExpression) {}
    UpdateOp op = UpdateOp::Increment;
    bool prefix = false;
    Node* argument = nullptr; // Identifier, MemberExpression or SuperMember (or a CallExpression in sloppy
                              // Annex B web-compat cases, which throws ReferenceError at runtime)
};

// `#x in obj` is a BinaryExpression with op In and left = PrivateName.
struct BinaryExpression : Node {
    BinaryExpression() : Node(NodeKind::BinaryExpression) {}
    BinaryOp op = BinaryOp::Add;
    Node* left = nullptr;
    Node* right = nullptr;
};

struct LogicalExpression : Node {
    LogicalExpression() : Node(NodeKind::LogicalExpression) {}
    LogicalOp op = LogicalOp::And;
    Node* left = nullptr;
    Node* right = nullptr;
};

// target: for op Assign an Identifier, MemberExpression, SuperMember, ArrayPattern or ObjectPattern (a
// destructuring assignment), or a CallExpression in sloppy-mode Annex B web-compat cases (ReferenceError
// at runtime); for compound operators an Identifier, MemberExpression or SuperMember.
struct AssignmentExpression : Node {
    AssignmentExpression() : Node(NodeKind::AssignmentExpression) {}
    AssignOp op = AssignOp::Assign;
    Node* target = nullptr;
    Node* value = nullptr;
};

struct ConditionalExpression : Node {
    ConditionalExpression() : Node(NodeKind::ConditionalExpression) {}
    Node* test = nullptr;
    Node* consequent = nullptr;
    Node* alternate = nullptr;
};

// callee(arguments). `optional` marks `callee?.(args)`. A non-optional call whose callee is the Identifier
// `eval` (also when parenthesized: `(eval)(x)`) is a direct-eval candidate (is_direct_eval set); it is a
// direct eval at runtime when the callee value is %eval%.
struct CallExpression : Node {
    CallExpression() : Node(NodeKind::CallExpression) {}
    Node* callee = nullptr;
    std::vector<Node*> arguments; // may contain SpreadElement
    bool optional = false;
    bool is_direct_eval = false;
};

struct NewExpression : Node {
    NewExpression() : Node(NodeKind::NewExpression) {}
    Node* callee = nullptr;
    std::vector<Node*> arguments; // may contain SpreadElement
};

// object.name (property: Identifier used as a name), object[expr] (computed), object.#x (property:
// PrivateName). `optional` marks `object?.name` / `object?.[expr]` / `object?.#x`.
struct MemberExpression : Node {
    MemberExpression() : Node(NodeKind::MemberExpression) {}
    Node* object = nullptr;
    Node* property = nullptr;
    bool computed = false;
    bool optional = false;
};

// Delimits an optional chain: `a?.b.c()` is OptionalChain(Call(Member(Member(a, b, optional), c))). When any
// `optional` link inside finds a nullish base, evaluation of the whole chain stops and yields undefined.
// `(a?.b).c` is Member(OptionalChain(Member(a, b, optional)), c).
struct OptionalChain : Node {
    OptionalChain() : Node(NodeKind::OptionalChain) {}
    Node* expression = nullptr;
};

struct SequenceExpression : Node {
    SequenceExpression() : Node(NodeKind::SequenceExpression) {}
    std::vector<Node*> expressions;
};

struct YieldExpression : Node {
    YieldExpression() : Node(NodeKind::YieldExpression) {}
    Node* argument = nullptr; // or nullptr
    bool delegate = false;    // yield*
};

struct AwaitExpression : Node {
    AwaitExpression() : Node(NodeKind::AwaitExpression) {}
    Node* argument = nullptr;
};

struct SpreadElement : Node {
    SpreadElement() : Node(NodeKind::SpreadElement) {}
    Node* argument = nullptr;
};

// ---------------------------------------------------------------------------------------------------------
// Patterns

// Elements may be nullptr (elisions), pattern leaves, AssignmentPattern, or a final RestElement.
struct ArrayPattern : Node {
    ArrayPattern() : Node(NodeKind::ArrayPattern) {}
    std::vector<Node*> elements;
};

// Properties are Property nodes (property_kind Init) and optionally a final RestElement.
struct ObjectPattern : Node {
    ObjectPattern() : Node(NodeKind::ObjectPattern) {}
    std::vector<Node*> properties;
};

struct AssignmentPattern : Node {
    AssignmentPattern() : Node(NodeKind::AssignmentPattern) {}
    Node* target = nullptr;
    Node* default_value = nullptr;
};

struct RestElement : Node {
    RestElement() : Node(NodeKind::RestElement) {}
    Node* target = nullptr;
};

// ---------------------------------------------------------------------------------------------------------
// Functions and classes

// Every function-like construct. The NodeKind tells the syntactic role:
//   FunctionDeclaration   function f() {} as a statement/declaration (also async/generator forms)
//   FunctionExpression    function [f]() {} as an expression (a named one binds its own name)
//   ArrowFunction         (a) => ..., async (a) => ...
//   MethodFunction        object/class methods, getters, setters, and the explicit class constructor
//   ClassFieldInitializer one per class field with an initializer: `body` is a single ReturnStatement
//                         of the initializer expression (is_concise_body set); evaluated with the
//                         instance (or class, if static) as `this`
//   ClassStaticBlock      static { ... } (body = the block's statements)
struct FunctionNode : Node, LexicalScope {
    explicit FunctionNode(NodeKind k) : Node(k) {}

    Identifier* id = nullptr; // the BindingIdentifier of declarations/expressions, else nullptr

    // Kind flags.
    bool is_generator = false;
    bool is_async = false;
    bool is_arrow = false;
    bool is_method = false; // any MethodFunction (object/class method, accessor, constructor)
    bool is_getter = false;
    bool is_setter = false;
    bool is_class_constructor = false;
    bool is_derived_constructor = false; // class constructor of a class with an `extends` clause
    bool is_static = false;              // static class method/accessor/field initializer/static block
    bool is_strict = false;              // the function code is strict mode code

    // Parameters and body.
    std::vector<Node*> params; // Identifier, ArrayPattern, ObjectPattern, AssignmentPattern, RestElement
    std::vector<std::u16string> parameter_names; // BoundNames of params, in order (duplicates kept)
    bool has_simple_parameter_list = true;       // IsSimpleParameterList
    bool has_parameter_expressions = false;      // ContainsExpression of params (defaults/computed keys)
    bool has_duplicate_parameters = false;
    std::uint32_t expected_argument_count = 0; // ExpectedArgumentCount ("length")
    std::vector<Node*> body;                   // statements; a concise arrow body is one ReturnStatement
    bool is_concise_body = false;

    // Declarations of the function body (FunctionDeclarationInstantiation inputs).
    // var_names: VarDeclaredNames of the body, unique, in order of first appearance (includes the names of
    // top-level function declarations). functions_to_initialize: the top-level function declarations to
    // instantiate, already deduplicated as the spec does (for a repeated name the last declaration wins).
    // The LexicalScope base lists the body's top-level let/const/class declarations.
    std::vector<std::u16string> var_names;
    std::vector<FunctionNode*> functions_to_initialize;
    // Annex B.3.2.1: names of function declarations nested in blocks (sloppy mode) that also get a var
    // binding in this function; each such inner FunctionNode has annex_b_var_binding set.
    std::vector<std::u16string> annex_b_function_names;
    bool annex_b_var_binding = false; // on a block-level FunctionDeclaration, see above

    // Usage flags. Arrow functions have these set for their own body; uses_this/uses_arguments/
    // uses_new_target/uses_super_* /has_direct_eval of an arrow are also propagated to the closest
    // enclosing non-arrow function (or the Program). Nested non-arrow functions do not propagate.
    bool uses_arguments = false; // the identifier `arguments` appears (conservative: any occurrence)
    bool uses_this = false;      // `this` (or super(...)/super.x, which need this)
    // Contains a direct-eval candidate call. Such a function also gets uses_this, uses_arguments and
    // uses_new_target, since the eval code may use them.
    bool has_direct_eval = false;
    bool contains_with = false;       // contains a with statement (not counting nested functions)
    bool uses_super_property = false; // super.x / super[x]
    bool uses_super_call = false;     // super(...)
    bool uses_new_target = false;     // new.target

    // Source text range for Function.prototype.toString (offsets into Ast::source). For methods this
    // starts at the property name (including `get`/`set`/`async`/`*`; `static` excluded); for class
    // constructors it covers the whole class.
    std::uint32_t source_start = 0;
    std::uint32_t source_end = 0;

    // For a class constructor (or a field initializer/method): the ClassNode it belongs to, else nullptr.
    ClassNode* home_class = nullptr;
};

enum class ClassElementKind : std::uint8_t { Method, Getter, Setter, Field, StaticBlock };

// One element of a class body (the explicit constructor is not an element: see ClassNode::constructor).
// key: Identifier (plain name), StringLiteral, NumericLiteral, BigIntLiteral, PrivateName, or any expression
// when computed (evaluated once, at class definition time). nullptr for StaticBlock.
// function: the method/accessor (MethodFunction), the field initializer (ClassFieldInitializer; nullptr for
// a field without initializer), or the static block (ClassStaticBlock).
struct ClassElement : Node {
    ClassElement() : Node(NodeKind::ClassElement) {}
    ClassElementKind element_kind = ClassElementKind::Method;
    bool is_static = false;
    bool computed = false;
    Node* key = nullptr;
    FunctionNode* function = nullptr;
};

enum class PrivateNameKind : std::uint8_t { Field, Method, Getter, Setter, Accessor /* getter + setter */ };

struct PrivateNameDeclaration {
    std::u16string name; // including '#'
    PrivateNameKind kind;
    bool is_static = false;
};

// A class declaration or expression. Class code is always strict. The class scope (LexicalScope base)
// holds the inner immutable binding of the class name, if named.
struct ClassNode : Node, LexicalScope {
    explicit ClassNode(NodeKind k) : Node(k) {}
    Identifier* id = nullptr;            // or nullptr (anonymous expression / export default class)
    Node* super_class = nullptr;         // the `extends` expression, or nullptr
    FunctionNode* constructor = nullptr; // explicit constructor (MethodFunction), or nullptr: the compiler
                                         // then makes the spec's default (base or derived) constructor
    std::vector<ClassElement*> elements; // in source order
    std::vector<PrivateNameDeclaration> private_names; // declared by this class body, one per name
    std::uint32_t source_start = 0;                    // the whole ClassDeclaration/ClassExpression text
    std::uint32_t source_end = 0;
};

// ---------------------------------------------------------------------------------------------------------
// Program

struct Program : Node, LexicalScope {
    Program() : Node(NodeKind::Program) {}
    bool is_module = false;
    bool is_strict = false; // strict mode code (modules, "use strict", or strict caller of eval)
    std::vector<Node*> body;

    // Top-level declarations (GlobalDeclarationInstantiation / EvalDeclarationInstantiation / module
    // environment setup). Same meaning as on FunctionNode; the LexicalScope base lists the top-level
    // let/const/class (and in modules also the import bindings, kind Import).
    // In modules, top-level function declarations are lexical: they are listed in the LexicalScope with
    // kind Function (instantiated when the module environment is created, like block-level functions),
    // not in var_names or functions_to_initialize. An anonymous `export default function () {}` is listed
    // under the name "*default*".
    std::vector<std::u16string> var_names;
    std::vector<FunctionNode*> functions_to_initialize;
    std::vector<std::u16string> annex_b_function_names; // B.3.2.2 / B.3.2.3 candidates (sloppy scripts)

    // Usage flags for the top level, like FunctionNode's (arrows at top level propagate here).
    bool uses_this = false;
    bool uses_arguments = false;
    bool has_direct_eval = false;
    bool contains_with = false;
    bool uses_new_target = false;
    bool uses_super_property = false;
    bool uses_super_call = false;
    bool has_top_level_await = false; // modules only

    // Modules only (ParseModule results).
    std::vector<ModuleRequest> requested_modules; // in source order, deduplicated by (specifier, attributes,
                                                  // phase)
    std::vector<ImportEntry> import_entries;
    std::vector<ExportEntry> local_export_entries;
    std::vector<ExportEntry> indirect_export_entries;
    std::vector<ExportEntry> star_export_entries;
};

// ---------------------------------------------------------------------------------------------------------
// Arena and result

// A simple bump allocator. Nodes are constructed in place and destroyed (virtual ~Node) when the arena
// dies; memory is released in blocks.
class AstArena {
public:
    AstArena() = default;
    ~AstArena();
    AstArena(const AstArena&) = delete;
    AstArena& operator=(const AstArena&) = delete;

    template <typename T, typename... Args> T* make(Args&&... args) {
        void* memory = allocate(sizeof(T), alignof(T));
        T* node = new (memory) T(std::forward<Args>(args)...);
        nodes_.push_back(node);
        return node;
    }

private:
    void* allocate(std::size_t size, std::size_t alignment);

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::size_t block_used_ = 0;
    std::size_t block_size_ = 0;
    std::vector<Node*> nodes_;
};

struct Ast {
    AstArena arena;
    std::u16string source; // the parsed text (for CreateDynamicFunction: the synthesized full text)
    Program* program = nullptr;
};

} // namespace yjs
