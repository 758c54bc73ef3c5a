#pragma once
// The recursive-descent parser (internal). Split by topic over parser.cpp (driver, tokens, statements),
// parser_expressions.cpp, parser_functions.cpp (functions, classes, patterns), parser_modules.cpp and
// parser_scope.cpp (declarations, labels, private names: the early errors about names).
#include "parser/ast.h"
#include "parser/lexer.h"
#include "parser/parser.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace yjs {

// Bails out of the current parse function when a sub-parse failed (returned nullptr/false).
#define PARSE_TRY(expression)                                                                                \
    ({                                                                                                       \
        auto _yjs_parse_result = (expression);                                                               \
        if (!_yjs_parse_result) [[unlikely]]                                                                 \
            return {};                                                                                       \
        _yjs_parse_result;                                                                                   \
    })

struct U16Hash {
    std::size_t operator()(const std::u16string& s) const noexcept {
        return std::hash<std::u16string_view>{}(s);
    }
};
using NameSet = std::unordered_set<std::u16string, U16Hash>;

// A scope used while parsing, for the declaration early errors and to fill the AST scope annotations.
struct ParserScope {
    enum class Kind : std::uint8_t {
        Function, // a function's parameters and top-level body (also class field initializers, static blocks)
        Program,  // script / eval top level
        Module,   // module top level
        Block,    // block, switch case block, for head
        CatchParam,
    };
    Kind kind = Kind::Block;
    ParserScope* parent = nullptr;
    LexicalScope* target = nullptr; // where lexical declarations are recorded
    bool strict = false;
    bool is_catch_body = false;      // the Block of a catch clause (its parent is the CatchParam scope)
    bool catch_param_simple = false; // CatchParam: the parameter is a single identifier

    NameSet lexical;
    // Lexical names declared only by plain function declarations so far (Annex B duplicate rule).
    NameSet plain_function_lexical;
    NameSet var_through; // names var-declared in this scope or in nested blocks (and top-level functions)
    NameSet params;

    // Function/Program scopes.
    std::vector<std::u16string> var_names;
    NameSet var_names_set;
    std::vector<FunctionNode*> top_level_functions;
    struct AnnexBCandidate {
        FunctionNode* function;
        ParserScope* block;
    };
    std::vector<AnnexBCandidate> annex_b_candidates;
};

// Per-function parsing state (the Program also gets one).
struct FunctionState {
    FunctionNode* node = nullptr; // nullptr for the program
    FunctionState* parent = nullptr;
    ParserScope* scope = nullptr;
    bool is_arrow = false;
    bool is_async = false;
    bool is_generator = false;
    bool is_static_block = false;
    bool is_field_initializer = false;
    // What the function body may contain (arrows inherit these).
    bool allow_new_target = false;
    bool allow_super_property = false;
    bool allow_super_call = false;
    bool allow_arguments = true;
    bool allow_return = false;

    struct Label {
        std::u16string name;
        bool is_loop = false;
    };
    std::vector<Label> labels;
    int breakable_depth = 0; // enclosing loops + switches
    int iteration_depth = 0;
};

// Per-class state for private names.
struct ClassState {
    ClassState* parent = nullptr;
    std::vector<PrivateNameDeclaration> declared;
    std::unordered_map<std::u16string, std::size_t, U16Hash> index; // name -> position in declared
    struct Reference {
        std::u16string name;
        std::uint32_t offset;
    };
    std::vector<Reference> unresolved;
};

// Where a node starts (a token's start offset, line and column).
struct SourcePos {
    std::uint32_t start = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};

// The cover-grammar errors of an expression that may still turn out to be a pattern.
struct CoverErrors {
    std::optional<std::uint32_t> shorthand_init; // `{a = 1}` (CoverInitializedName)
    std::optional<std::uint32_t> duplicate_proto;
};

class Parser {
public:
    Parser(std::u16string_view source, const ParseOptions& options, Ast& ast);

    Program* parse_program();
    // CreateDynamicFunction pieces.
    bool parse_standalone_parameters(DynamicFunctionKind kind);
    bool parse_standalone_body(DynamicFunctionKind kind);
    FunctionNode* parse_standalone_function(DynamicFunctionKind kind);

    const std::optional<SyntaxError>& error() const { return error_; }

private:
    friend class PatternConverter;

    // ---- tokens (parser.cpp)
    void advance();
    Token peek_token();
    Token peek_token2(); // the token after the next one
    bool at(TokenType type) const { return tok_.type == type; }
    bool eat(TokenType type);
    bool expect(TokenType type);
    bool at_contextual(std::u16string_view word) const; // unescaped identifier `word`
    bool eat_contextual(std::u16string_view word);
    bool consume_semicolon();
    bool fail(std::uint32_t offset, std::string message);
    bool fail_at_token(std::string message);
    bool fail_unexpected();
    SourcePos pos() const { return {tok_.start, tok_.line, tok_.column}; }
    template <typename T, typename... Args> T* make(const SourcePos& start, Args&&... args) {
        T* node = ast_.arena.make<T>(std::forward<Args>(args)...);
        node->start = start.start;
        node->line = start.line;
        node->column = start.column;
        return node;
    }
    template <typename T, typename... Args> T* make(const Token& start_token, Args&&... args) {
        return make<T>(SourcePos{start_token.start, start_token.line, start_token.column},
                       std::forward<Args>(args)...);
    }
    template <typename T, typename... Args> T* make_at(const Node* start_node, Args&&... args) {
        T* node = ast_.arena.make<T>(std::forward<Args>(args)...);
        node->start = start_node->start;
        node->line = start_node->line;
        node->column = start_node->column;
        return node;
    }
    template <typename T> T* finish(T* node) {
        node->end = prev_end_;
        return node;
    }
    // Nesting budget: every recursive parse step (and every link of a left-nested chain such as a.b.c or
    // a + b + c) takes one unit, so both the parser's stack and the depth of the AST stay bounded.
    bool enter_nesting();
    struct ChainDepth {
        explicit ChainDepth(int& depth) : depth_(depth) {}
        ~ChainDepth() { depth_ -= units_; }
        int& depth_;
        int units_ = 0;
    };
    bool add_chain_link(ChainDepth& chain) {
        ++chain.units_;
        return enter_nesting();
    }

    // ---- context queries
    bool strict() const { return strict_; }
    bool yield_is_keyword() const { return yield_keyword_; }
    bool await_is_keyword() const { return await_keyword_; }
    // Validates an identifier used as IdentifierReference/BindingIdentifier/LabelIdentifier.
    bool check_identifier(const Token& token, bool binding);
    bool check_binding_name(const std::u16string& name, std::uint32_t offset, bool strict_mode);
    bool is_strict_reserved(const std::u16string& name) const;

    // ---- statements (parser.cpp)
    bool parse_directives_and_statements(std::vector<Node*>& body, TokenType terminator, bool function_body,
                                         bool& became_strict);
    Node* parse_statement_list_item();
    Node* parse_statement();
    Node* parse_block_statement();
    Node* parse_variable_statement(VariableKind kind);
    VariableDeclaration* parse_variable_declaration_list(const SourcePos& start, VariableKind kind, bool in,
                                                         bool for_head);
    Node* parse_if_statement();
    Node* parse_for_statement();
    Node* parse_while_statement();
    Node* parse_do_while_statement();
    Node* parse_jump_statement(bool is_break);
    Node* parse_return_statement();
    Node* parse_with_statement();
    Node* parse_switch_statement();
    Node* parse_throw_statement();
    Node* parse_try_statement();
    Node* parse_labeled_statement(std::size_t pending);
    Node* parse_expression_statement();
    // The body of if/loops/with: no declarations (Annex B allows a plain function in sloppy if bodies).
    Node* parse_sub_statement(bool allow_annex_b_function);
    bool is_let_declaration_start();
    // `using` [no LineTerminator here] BindingIdentifier (in a for head, `using of` only before `=`).
    bool is_using_declaration_start(bool for_head);
    // `await` [no LineTerminator here] `using` [no LineTerminator here] BindingIdentifier, where `await` is
    // a keyword.
    bool is_await_using_declaration_start();
    // A UsingDeclaration / AwaitUsingDeclaration statement (the current token is `using` or `await`).
    Node* parse_using_declaration(VariableKind kind);
    bool is_async_function_start();

    // ---- expressions (parser_expressions.cpp)
    Node* parse_expression(bool in = true, CoverErrors* errors = nullptr);
    Node* parse_assignment(bool in = true, CoverErrors* errors = nullptr);
    Node* parse_conditional(bool in, CoverErrors* errors);
    Node* parse_binary(int min_precedence, bool in, CoverErrors* errors);
    Node* parse_unary(CoverErrors* errors);
    Node* parse_update(CoverErrors* errors);
    Node* parse_lhs(CoverErrors* errors);
    Node* parse_call_tail(Node* expression, const SourcePos& start_token, bool allow_call);
    Node* parse_short_circuit(bool in, CoverErrors* errors);
    Node* parse_primary(CoverErrors* errors, bool allow_async_arrow);
    Node* parse_primary_identifier(bool allow_async_arrow);
    Node* parse_paren_or_arrow_params();
    Node* parse_async_call_or_arrow(const SourcePos& start);
    Node* parse_array_literal(CoverErrors* errors);
    Node* parse_object_literal(CoverErrors* errors);
    Node* parse_template(Node* tag, const SourcePos& start_token);
    Node* parse_new_expression();
    Node* parse_super();
    Node* parse_import_expression();
    Node* parse_yield();
    Node* parse_await(const SourcePos& start_token);
    Node* parse_regexp();
    Node* parse_identifier_reference();
    Node* parse_private_in();
    bool parse_arguments(std::vector<Node*>& arguments);
    Node* parse_property_name(bool& computed, bool allow_private);
    Node* parse_member_property(Node* object, const SourcePos& start_token, bool optional);
    bool check_cover_errors(const CoverErrors& errors);
    Node* make_identifier(const Token& token);
    bool is_simple_assignment_target(Node* node, bool for_update) const;

    // ---- functions, classes, patterns (parser_functions.cpp)
    struct FunctionHeader {
        bool is_async = false;
        bool is_generator = false;
    };
    FunctionNode* parse_function(NodeKind kind, const SourcePos& start_token, FunctionHeader header,
                                 bool name_required, bool in_default_export = false);
    // Parses `( params ) { body }` into fn (kind flags already set on fn).
    bool parse_function_rest(FunctionNode* fn, bool allow_super_property, bool allow_super_call);
    bool parse_formal_parameters(FunctionNode* fn, TokenType terminator);
    bool parse_function_body(FunctionNode* fn);
    Node* parse_arrow_function(const SourcePos& start_token, std::vector<Node*> params, bool is_async);
    Node* parse_class(NodeKind kind, const SourcePos& start_token, bool name_required);
    bool parse_class_element(ClassNode* cls, bool& has_constructor);
    FunctionNode* parse_method(const SourcePos& start_token, ClassNode* home, FunctionHeader header,
                               bool is_getter, bool is_setter, bool is_constructor, bool is_static,
                               std::uint32_t source_start);
    Node* parse_binding_target();  // BindingIdentifier or BindingPattern
    Node* parse_binding_element(); // target with optional initializer
    Node* parse_binding_identifier();
    Node* parse_binding_pattern(TokenType open);
    // Cover grammar conversions.
    FunctionNode* parse_field_initializer(ClassNode* cls, bool is_static);
    bool parse_static_block(ClassNode* cls, const SourcePos& start);
    Node* to_assignment_pattern(Node* expression);
    Node* to_assignment_target(Node* expression);
    Node* to_assignment_element(Node* expression);
    Node* to_binding_pattern(Node* expression);
    bool finish_function_scope(FunctionNode* fn);
    bool validate_strict_function(FunctionNode* fn);
    void collect_bound_names(Node* pattern, std::vector<std::pair<std::u16string, std::uint32_t>>& names);
    bool declare_parameters(FunctionNode* fn, bool arrow_or_method);

    struct SavedContext {
        bool strict;
        bool yield_keyword;
        bool await_keyword;
        bool in_parameters;
        bool in_class_static_block;
        bool in_class_field_init;
        bool in_allowed;
        FunctionState* fn;
        ParserScope* scope;
        std::optional<std::uint32_t> yield_expression_offset;
        std::optional<std::uint32_t> await_expression_offset;
        std::optional<std::uint32_t> await_identifier_offset;
        std::size_t pending_labels;
        Node* pending_arrow;
    };
    SavedContext save_context() const;
    void restore_context(const SavedContext& saved);
    // Starts the FunctionState and scope of fn (the caller sets the allow_* flags).
    FunctionState& enter_function(FunctionNode* fn);
    FunctionState& enter_standalone_function(FunctionNode* fn);

    // ---- modules (parser_modules.cpp)
    Node* parse_import_declaration();
    Node* parse_export_declaration();
    bool parse_module_request(ModuleRequest& request);
    bool parse_module_export_name(std::u16string& name, bool& was_string, Token& token);
    std::size_t add_module_request(const ModuleRequest& request);
    bool add_exported_name(const std::u16string& name, std::uint32_t offset);
    bool finish_module(Program* program);

    // ---- scopes (parser_scope.cpp)
    ParserScope* push_scope(ParserScope::Kind kind, LexicalScope* target);
    void pop_scope();
    bool declare_var_name(const std::u16string& name, std::uint32_t offset);
    bool declare_lexical(const std::u16string& name, DeclarationKind kind, Node* node, std::uint32_t offset,
                         bool plain_function = false);
    bool declare_function(FunctionNode* fn, std::uint32_t offset);
    bool declare_pattern(Node* target, VariableKind kind, Node* declaration);
    void resolve_annex_b(ParserScope* function_scope, std::vector<std::u16string>& names,
                         const NameSet* parameter_names);
    void finish_var_scope(ParserScope* scope, std::vector<std::u16string>& var_names,
                          std::vector<FunctionNode*>& functions_to_initialize);
    bool check_label_not_duplicate(const std::u16string& name, std::uint32_t offset);
    void push_class();
    bool pop_class(ClassNode* cls);
    bool declare_private_name(const std::u16string& name, PrivateNameKind kind, bool is_static,
                              std::uint32_t offset);
    bool reference_private_name(const std::u16string& name, std::uint32_t offset);

    // Module bookkeeping.
    Program* program_ = nullptr;
    struct PendingExport {
        ExportEntry entry;
        std::uint32_t offset;
    };
    std::vector<PendingExport> pending_exports_;
    std::vector<std::pair<std::u16string, std::uint32_t>> local_export_checks_;
    NameSet exported_names_;

    Ast& ast_;
    const ParseOptions& options_;
    Lexer lexer_;
    Token tok_;
    std::uint32_t prev_end_ = 0;
    std::optional<SyntaxError> error_;
    int depth_ = 0;

    bool strict_ = false;
    bool is_module_ = false;
    bool yield_keyword_ = false;
    bool await_keyword_ = false;
    bool in_parameters_ = false;         // parsing formal parameters (yield/await expressions are errors)
    bool in_class_static_block_ = false; // `await` is reserved
    bool in_class_field_init_ = false;

    FunctionState* fn_ = nullptr;
    ParserScope* scope_ = nullptr;
    ClassState* class_ = nullptr;
    std::deque<ParserScope> scopes_;
    std::deque<FunctionState> function_states_;
    std::deque<ClassState> class_states_;
    std::size_t pending_labels_ = 0; // labels directly in front of the statement being parsed

    bool in_allowed_ = true; // the [In] parameter of the innermost AssignmentExpression being parsed
    bool saw_top_level_await_ = false;
    // An arrow function parsed at primary-expression level that still has to be confirmed as a whole
    // AssignmentExpression by parse_assignment (`a + x => 1` is an error).
    Node* pending_arrow_ = nullptr;
    // Spread elements of array/object literals followed by a comma (not valid as rest elements).
    std::unordered_set<const Node*> rest_followed_by_comma_;
    // Cover grammar bookkeeping for arrow parameters: first yield/await expression and await identifier
    // seen since the enclosing parenthesized expression / async call started.
    std::optional<std::uint32_t> yield_expression_offset_;
    std::optional<std::uint32_t> await_expression_offset_;
    std::optional<std::uint32_t> await_identifier_offset_;
    // Directive prologue: legacy octal escapes seen before a "use strict".
    std::optional<std::uint32_t> prologue_octal_offset_;
};

} // namespace yjs
