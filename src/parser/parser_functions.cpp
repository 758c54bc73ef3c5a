// Functions, arrow functions, methods, classes, binding patterns and the cover-grammar conversions.
#include "parser/parser_impl.h"

#include <utility>

namespace yjs {

namespace {

struct NestingGuard {
    explicit NestingGuard(int& depth) : depth_(depth) {}
    ~NestingGuard() { --depth_; }
    int& depth_;
};

bool contains_expression(const Node* node) {
    if (!node) return false;
    switch (node->kind) {
    case NodeKind::AssignmentPattern:
        return true;
    case NodeKind::ArrayPattern:
        for (const Node* element : node->as<ArrayPattern>()->elements) {
            if (contains_expression(element)) return true;
        }
        return false;
    case NodeKind::ObjectPattern:
        for (const Node* property : node->as<ObjectPattern>()->properties) {
            if (property->kind == NodeKind::Property) {
                const auto* p = property->as<Property>();
                if (p->computed || contains_expression(p->value)) return true;
            } else if (contains_expression(property)) {
                return true;
            }
        }
        return false;
    case NodeKind::RestElement:
        return contains_expression(node->as<RestElement>()->target);
    default:
        return false;
    }
}

// The PropName of a non-computed key, if it is a string or identifier name.
std::optional<std::u16string> static_prop_name(const Node* key, bool computed) {
    if (computed || !key) return std::nullopt;
    if (key->kind == NodeKind::Identifier) return key->as<Identifier>()->name;
    if (key->kind == NodeKind::StringLiteral) return key->as<StringLiteral>()->value;
    return std::nullopt;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Context save/restore around nested functions

Parser::SavedContext Parser::save_context() const {
    SavedContext saved;
    saved.strict = strict_;
    saved.yield_keyword = yield_keyword_;
    saved.await_keyword = await_keyword_;
    saved.in_parameters = in_parameters_;
    saved.in_class_static_block = in_class_static_block_;
    saved.in_class_field_init = in_class_field_init_;
    saved.in_allowed = in_allowed_;
    saved.fn = fn_;
    saved.scope = scope_;
    saved.yield_expression_offset = yield_expression_offset_;
    saved.await_expression_offset = await_expression_offset_;
    saved.await_identifier_offset = await_identifier_offset_;
    saved.pending_labels = pending_labels_;
    saved.pending_arrow = pending_arrow_;
    return saved;
}

void Parser::restore_context(const SavedContext& saved) {
    strict_ = saved.strict;
    yield_keyword_ = saved.yield_keyword;
    await_keyword_ = saved.await_keyword;
    in_parameters_ = saved.in_parameters;
    in_class_static_block_ = saved.in_class_static_block;
    in_class_field_init_ = saved.in_class_field_init;
    in_allowed_ = saved.in_allowed;
    fn_ = saved.fn;
    scope_ = saved.scope;
    yield_expression_offset_ = saved.yield_expression_offset;
    await_expression_offset_ = saved.await_expression_offset;
    await_identifier_offset_ = saved.await_identifier_offset;
    pending_labels_ = saved.pending_labels;
    pending_arrow_ = saved.pending_arrow;
}

FunctionState& Parser::enter_function(FunctionNode* fn) {
    FunctionState& state = function_states_.emplace_back();
    state.node = fn;
    state.parent = fn_;
    state.is_arrow = fn->is_arrow;
    state.is_async = fn->is_async;
    state.is_generator = fn->is_generator;
    state.allow_return = true;
    fn_ = &state;
    state.scope = push_scope(ParserScope::Kind::Function, fn);
    yield_expression_offset_.reset();
    await_expression_offset_.reset();
    await_identifier_offset_.reset();
    pending_labels_ = 0;
    pending_arrow_ = nullptr;
    in_allowed_ = true;
    in_parameters_ = false;
    return state;
}

// ---------------------------------------------------------------------------------------------------------
// Function declarations and expressions

FunctionNode* Parser::parse_function(NodeKind kind, const SourcePos& start_token, FunctionHeader header,
                                     bool name_required, bool in_default_export) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    advance(); // function
    if (eat(TokenType::Star)) header.is_generator = true;
    auto* fn = make<FunctionNode>(start_token, kind);
    fn->is_async = header.is_async;
    fn->is_generator = header.is_generator;
    fn->source_start = start_token.start;
    if (at(TokenType::Identifier) || at(TokenType::EscapedKeyword)) {
        Token name = tok_;
        bool saved_yield = yield_keyword_;
        bool saved_await = await_keyword_;
        bool saved_static_block = in_class_static_block_;
        if (kind == NodeKind::FunctionExpression) {
            // The name of a function expression is scoped to the function itself.
            yield_keyword_ = fn->is_generator;
            await_keyword_ = fn->is_async || is_module_;
            in_class_static_block_ = false;
        }
        bool ok = check_identifier(name, true);
        yield_keyword_ = saved_yield;
        await_keyword_ = saved_await;
        in_class_static_block_ = saved_static_block;
        if (!ok) return nullptr;
        fn->id = make_identifier(name)->as<Identifier>();
        advance();
    } else if (name_required && !in_default_export) {
        fail_unexpected();
        return nullptr;
    }
    if (!parse_function_rest(fn, false, false)) return nullptr;
    return finish(fn);
}

bool Parser::parse_function_rest(FunctionNode* fn, bool allow_super_property, bool allow_super_call) {
    SavedContext saved = save_context();
    FunctionState& state = enter_function(fn);
    state.allow_new_target = true;
    state.allow_super_property = allow_super_property;
    state.allow_super_call = allow_super_call;
    state.allow_arguments = true;
    yield_keyword_ = fn->is_generator;
    await_keyword_ = fn->is_async;
    in_class_static_block_ = false;
    in_class_field_init_ = false;
    if (!expect(TokenType::LeftParen)) return false;
    in_parameters_ = true;
    if (!parse_formal_parameters(fn, TokenType::RightParen)) return false;
    in_parameters_ = false;
    if (!expect(TokenType::RightParen)) return false;
    if (!parse_function_body(fn)) return false;
    fn->source_end = prev_end_;
    restore_context(saved);
    return true;
}

bool Parser::parse_formal_parameters(FunctionNode* fn, TokenType terminator) {
    while (!at(terminator)) {
        if (error_) return false;
        if (at(TokenType::Ellipsis)) {
            SourcePos rest_start = pos();
            advance();
            auto* rest = make<RestElement>(rest_start);
            rest->target = parse_binding_target();
            if (!rest->target) return false;
            if (at(TokenType::Assign))
                return fail_at_token("rest parameter may not have a default initializer");
            fn->params.push_back(finish(rest));
            if (!at(terminator)) return fail_at_token("rest parameter must be last formal parameter");
            break;
        }
        Node* element = parse_binding_element();
        if (!element) return false;
        fn->params.push_back(element);
        if (!at(terminator) && !expect(TokenType::Comma)) return false;
    }
    if (error_) return false;
    return declare_parameters(fn, fn->is_method);
}

bool Parser::declare_parameters(FunctionNode* fn, bool unique_required) {
    std::vector<std::pair<std::u16string, std::uint32_t>> names;
    bool simple = true;
    bool counting = true;
    for (Node* param : fn->params) {
        collect_bound_names(param, names);
        if (param->kind != NodeKind::Identifier) simple = false;
        if (param->kind == NodeKind::AssignmentPattern || param->kind == NodeKind::RestElement)
            counting = false;
        if (counting) ++fn->expected_argument_count;
        if (contains_expression(param)) fn->has_parameter_expressions = true;
    }
    fn->has_simple_parameter_list = simple;
    NameSet seen;
    for (const auto& [name, offset] : names) {
        fn->parameter_names.push_back(name);
        if (!seen.insert(name).second) {
            fn->has_duplicate_parameters = true;
            if (unique_required || !simple || strict_ || fn->is_arrow)
                return fail(offset, "duplicate parameter name '" + utf16_to_utf8(name) + "'");
        }
        if (!check_binding_name(name, offset, strict_)) return false;
        scope_->params.insert(name);
    }
    return true;
}

bool Parser::parse_function_body(FunctionNode* fn) {
    if (!expect(TokenType::LeftBrace)) return false;
    bool became_strict = false;
    if (!parse_directives_and_statements(fn->body, TokenType::RightBrace, true, became_strict)) return false;
    fn->is_strict = strict_;
    if (became_strict && !validate_strict_function(fn)) return false;
    if (!finish_function_scope(fn)) return false;
    advance(); // '}'
    fn->end = prev_end_;
    return !error_;
}

bool Parser::validate_strict_function(FunctionNode* fn) {
    if (fn->id && !check_binding_name(fn->id->name, fn->id->start, true)) return false;
    std::vector<std::pair<std::u16string, std::uint32_t>> names;
    for (Node* param : fn->params)
        collect_bound_names(param, names);
    NameSet seen;
    for (const auto& [name, offset] : names) {
        if (!seen.insert(name).second)
            return fail(offset, "duplicate parameter name '" + utf16_to_utf8(name) + "'");
        if (!check_binding_name(name, offset, true)) return false;
    }
    return true;
}

bool Parser::finish_function_scope(FunctionNode* fn) {
    ParserScope* scope = fn_->scope;
    resolve_annex_b(scope, fn->annex_b_function_names, &scope->params);
    finish_var_scope(scope, fn->var_names, fn->functions_to_initialize);
    pop_scope();
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Arrow functions

Node* Parser::parse_arrow_function(const SourcePos& start_token, std::vector<Node*> params, bool is_async) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    auto* fn = make<FunctionNode>(start_token, NodeKind::ArrowFunction);
    fn->is_arrow = true;
    fn->is_async = is_async;
    fn->params = std::move(params);
    fn->source_start = start_token.start;
    SavedContext saved = save_context();
    FunctionState* outer = fn_;
    FunctionState& state = enter_function(fn);
    state.allow_new_target = outer->allow_new_target;
    state.allow_super_property = outer->allow_super_property;
    state.allow_super_call = outer->allow_super_call;
    state.allow_arguments = outer->allow_arguments;
    if (!declare_parameters(fn, true)) return nullptr;
    if (!at(TokenType::Arrow)) {
        fail_unexpected();
        return nullptr;
    }
    advance();
    yield_keyword_ = false;
    await_keyword_ = is_async;
    in_class_static_block_ = false;
    in_class_field_init_ = false;
    if (at(TokenType::LeftBrace)) {
        if (!parse_function_body(fn)) return nullptr;
    } else {
        SourcePos body_start = pos();
        Node* expression = PARSE_TRY(parse_assignment(saved.in_allowed));
        auto* ret = make<ReturnStatement>(body_start);
        ret->argument = expression;
        finish(ret);
        fn->body.push_back(ret);
        fn->is_concise_body = true;
        fn->is_strict = strict_;
        if (!finish_function_scope(fn)) return nullptr;
    }
    fn->source_end = prev_end_;
    finish(fn);
    restore_context(saved);
    pending_arrow_ = fn;
    return fn;
}

// ---------------------------------------------------------------------------------------------------------
// Methods

FunctionNode* Parser::parse_method(const SourcePos& start_token, ClassNode* home, FunctionHeader header,
                                   bool is_getter, bool is_setter, bool is_constructor, bool is_static,
                                   std::uint32_t source_start) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    auto* fn = make<FunctionNode>(start_token, NodeKind::MethodFunction);
    fn->is_method = true;
    fn->is_async = header.is_async;
    fn->is_generator = header.is_generator;
    fn->is_getter = is_getter;
    fn->is_setter = is_setter;
    fn->is_static = is_static;
    fn->is_class_constructor = is_constructor;
    fn->is_derived_constructor = is_constructor && home && home->super_class;
    fn->home_class = home;
    fn->source_start = source_start;
    if (!parse_function_rest(fn, true, fn->is_derived_constructor)) return nullptr;
    if (is_getter && !fn->params.empty()) {
        fail(fn->params[0]->start, "getter functions must have no parameters");
        return nullptr;
    }
    if (is_setter && (fn->params.size() != 1 || fn->params[0]->kind == NodeKind::RestElement)) {
        fail(start_token.start, "setter functions must have exactly one parameter");
        return nullptr;
    }
    return finish(fn);
}

// ---------------------------------------------------------------------------------------------------------
// Classes

Node* Parser::parse_class(NodeKind kind, const SourcePos& start_token, bool name_required) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    advance(); // class
    auto* cls = make<ClassNode>(start_token, kind);
    cls->source_start = start_token.start;
    bool saved_strict = strict_;
    strict_ = true;
    if (at(TokenType::Identifier) || at(TokenType::EscapedKeyword)) {
        if (!check_identifier(tok_, true)) return nullptr;
        cls->id = make_identifier(tok_)->as<Identifier>();
        advance();
    } else if (name_required) {
        fail_unexpected();
        return nullptr;
    }
    if (eat(TokenType::Extends)) {
        SourcePos heritage_start = pos();
        cls->super_class = PARSE_TRY(parse_lhs(nullptr));
        if (cls->super_class == pending_arrow_) {
            fail(heritage_start.start, "arrow function is not allowed here");
            return nullptr;
        }
    }
    if (!expect(TokenType::LeftBrace)) return nullptr;
    push_class();
    bool has_constructor = false;
    while (!at(TokenType::RightBrace)) {
        if (error_) return nullptr;
        if (eat(TokenType::Semicolon)) continue;
        if (!parse_class_element(cls, has_constructor)) return nullptr;
    }
    advance(); // '}'
    cls->source_end = prev_end_;
    if (cls->constructor) {
        cls->constructor->source_start = cls->source_start;
        cls->constructor->source_end = cls->source_end;
    }
    if (!pop_class(cls)) return nullptr;
    if (cls->id) cls->lexical_declarations.push_back({cls->id->name, DeclarationKind::Class, cls});
    strict_ = saved_strict;
    return finish(cls);
}

bool Parser::parse_class_element(ClassNode* cls, bool& has_constructor) {
    SourcePos start = pos();
    auto next_starts_name = [&](bool allow_star) {
        Token next = peek_token();
        if (next.type == TokenType::LeftParen || next.type == TokenType::Assign ||
            next.type == TokenType::Semicolon || next.type == TokenType::RightBrace ||
            next.type == TokenType::EndOfFile)
            return false;
        if (next.type == TokenType::Star && !allow_star) return false;
        return true;
    };
    bool is_static = false;
    if (at_contextual(u"static") && next_starts_name(true)) {
        advance();
        is_static = true;
        if (at(TokenType::LeftBrace)) return parse_static_block(cls, start);
    }
    SourcePos method_start = pos();
    FunctionHeader header;
    bool is_getter = false;
    bool is_setter = false;
    if (at_contextual(u"async") && next_starts_name(true) && !peek_token().newline_before) {
        advance();
        header.is_async = true;
        if (eat(TokenType::Star)) header.is_generator = true;
    } else if (at(TokenType::Star)) {
        advance();
        header.is_generator = true;
    } else if ((at_contextual(u"get") || at_contextual(u"set")) && next_starts_name(false)) {
        is_getter = at_contextual(u"get");
        is_setter = !is_getter;
        advance();
    }
    Token key_token = tok_;
    bool computed = false;
    Node* key = parse_property_name(computed, true);
    if (!key) return false;
    bool is_private = key->kind == NodeKind::PrivateName;
    std::optional<std::u16string> name = static_prop_name(key, computed);
    if (is_private && key->as<PrivateName>()->name == u"#constructor")
        return fail(key_token.start, "classes may not have a private element named '#constructor'");

    auto* element = make<ClassElement>(start);
    element->is_static = is_static;
    element->computed = computed;
    element->key = key;

    if (at(TokenType::LeftParen)) {
        bool is_constructor = !is_static && !is_private && name && *name == u"constructor";
        if (is_constructor) {
            if (header.is_async || header.is_generator || is_getter || is_setter)
                return fail(key_token.start, "class constructor may not be an accessor, generator or async");
            if (has_constructor) return fail(key_token.start, "a class may only have one constructor");
            has_constructor = true;
        }
        if (is_static && name && *name == u"prototype")
            return fail(key_token.start, "classes may not have a static property named 'prototype'");
        FunctionNode* fn = parse_method(method_start, cls, header, is_getter, is_setter, is_constructor,
                                        is_static, method_start.start);
        if (!fn) return false;
        if (is_constructor) {
            cls->constructor = fn;
            return true;
        }
        element->element_kind = is_getter   ? ClassElementKind::Getter
                                : is_setter ? ClassElementKind::Setter
                                            : ClassElementKind::Method;
        element->function = fn;
        if (is_private) {
            PrivateNameKind kind = is_getter   ? PrivateNameKind::Getter
                                   : is_setter ? PrivateNameKind::Setter
                                               : PrivateNameKind::Method;
            if (!declare_private_name(key->as<PrivateName>()->name, kind, is_static, key_token.start))
                return false;
        }
        cls->elements.push_back(finish(element));
        return true;
    }

    // Field definition.
    if (header.is_async || header.is_generator || is_getter || is_setter) return fail_unexpected();
    if (name && *name == u"constructor")
        return fail(key_token.start, "classes may not have a field named 'constructor'");
    if (is_static && name && *name == u"prototype")
        return fail(key_token.start, "classes may not have a static field named 'prototype'");
    element->element_kind = ClassElementKind::Field;
    if (is_private && !declare_private_name(key->as<PrivateName>()->name, PrivateNameKind::Field, is_static,
                                            key_token.start))
        return false;
    if (eat(TokenType::Assign)) {
        element->function = parse_field_initializer(cls, is_static);
        if (!element->function) return false;
    }
    if (!consume_semicolon()) return false;
    cls->elements.push_back(finish(element));
    return true;
}

FunctionNode* Parser::parse_field_initializer(ClassNode* cls, bool is_static) {
    SourcePos start = pos();
    auto* fn = make<FunctionNode>(start, NodeKind::ClassFieldInitializer);
    fn->is_static = is_static;
    fn->is_strict = true;
    fn->home_class = cls;
    fn->source_start = start.start;
    SavedContext saved = save_context();
    FunctionState& state = enter_function(fn);
    state.is_field_initializer = true;
    state.allow_new_target = true;
    state.allow_super_property = true;
    state.allow_super_call = false;
    state.allow_arguments = false;
    state.allow_return = false;
    yield_keyword_ = false;
    in_class_field_init_ = true;
    in_class_static_block_ = false;
    Node* expression = PARSE_TRY(parse_assignment(true));
    auto* ret = make<ReturnStatement>(start);
    ret->argument = expression;
    finish(ret);
    fn->body.push_back(ret);
    fn->is_concise_body = true;
    if (!finish_function_scope(fn)) return nullptr;
    fn->source_end = prev_end_;
    finish(fn);
    restore_context(saved);
    return fn;
}

bool Parser::parse_static_block(ClassNode* cls, const SourcePos& start) {
    auto* fn = make<FunctionNode>(start, NodeKind::ClassStaticBlock);
    fn->is_static = true;
    fn->is_strict = true;
    fn->home_class = cls;
    fn->source_start = start.start;
    SavedContext saved = save_context();
    FunctionState& state = enter_function(fn);
    state.is_static_block = true;
    state.allow_new_target = true;
    state.allow_super_property = true;
    state.allow_super_call = false;
    state.allow_arguments = false;
    state.allow_return = false;
    yield_keyword_ = false;
    await_keyword_ = false;
    in_class_static_block_ = true;
    in_class_field_init_ = false;
    if (!expect(TokenType::LeftBrace)) return false;
    while (!at(TokenType::RightBrace)) {
        if (at(TokenType::EndOfFile)) return fail_unexpected();
        Node* statement = parse_statement_list_item();
        if (!statement) return false;
        fn->body.push_back(statement);
    }
    if (!finish_function_scope(fn)) return false;
    advance(); // '}'
    fn->source_end = prev_end_;
    finish(fn);
    restore_context(saved);
    auto* element = make<ClassElement>(start);
    element->element_kind = ClassElementKind::StaticBlock;
    element->is_static = true;
    element->function = fn;
    cls->elements.push_back(finish(element));
    return !error_;
}

// ---------------------------------------------------------------------------------------------------------
// Binding patterns

Node* Parser::parse_binding_identifier() {
    Token token = tok_;
    if (!check_identifier(token, true)) return nullptr;
    Node* id = make_identifier(token);
    advance();
    return id;
}

Node* Parser::parse_binding_target() {
    if (at(TokenType::LeftBracket) || at(TokenType::LeftBrace)) return parse_binding_pattern(tok_.type);
    return parse_binding_identifier();
}

Node* Parser::parse_binding_element() {
    SourcePos start = pos();
    Node* target = PARSE_TRY(parse_binding_target());
    if (!at(TokenType::Assign)) return target;
    advance();
    auto* pattern = make<AssignmentPattern>(start);
    pattern->target = target;
    pattern->default_value = PARSE_TRY(parse_assignment(true));
    return finish(pattern);
}

Node* Parser::parse_binding_pattern(TokenType open) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    SourcePos start = pos();
    advance();
    if (open == TokenType::LeftBracket) {
        auto* pattern = make<ArrayPattern>(start);
        while (!at(TokenType::RightBracket)) {
            if (error_) return nullptr;
            if (at(TokenType::Comma)) {
                advance();
                pattern->elements.push_back(nullptr);
                continue;
            }
            if (at(TokenType::Ellipsis)) {
                SourcePos rest_start = pos();
                advance();
                auto* rest = make<RestElement>(rest_start);
                rest->target = PARSE_TRY(parse_binding_target());
                pattern->elements.push_back(finish(rest));
                if (!at(TokenType::RightBracket)) {
                    fail_at_token("rest element must be last element");
                    return nullptr;
                }
                break;
            }
            pattern->elements.push_back(PARSE_TRY(parse_binding_element()));
            if (!at(TokenType::RightBracket) && !expect(TokenType::Comma)) return nullptr;
        }
        advance();
        return finish(pattern);
    }
    auto* pattern = make<ObjectPattern>(start);
    while (!at(TokenType::RightBrace)) {
        if (error_) return nullptr;
        SourcePos property_start = pos();
        if (at(TokenType::Ellipsis)) {
            advance();
            auto* rest = make<RestElement>(property_start);
            rest->target = PARSE_TRY(parse_binding_identifier());
            pattern->properties.push_back(finish(rest));
            if (!at(TokenType::RightBrace)) {
                fail_at_token("rest element must be last element");
                return nullptr;
            }
            break;
        }
        Token key_token = tok_;
        bool computed = false;
        Node* key = PARSE_TRY(parse_property_name(computed, false));
        auto* property = make<Property>(property_start);
        property->key = key;
        property->computed = computed;
        if (eat(TokenType::Colon)) {
            property->value = PARSE_TRY(parse_binding_element());
        } else {
            if (key_token.type != TokenType::Identifier || computed) {
                if (key_token.type == TokenType::EscapedKeyword)
                    fail(key_token.start, "keyword must not contain escaped characters");
                else
                    fail(key_token.start, "unexpected token in binding pattern");
                return nullptr;
            }
            if (!check_identifier(key_token, true)) return nullptr;
            property->shorthand = true;
            Node* value = make_identifier(key_token);
            if (at(TokenType::Assign)) {
                advance();
                auto* assign = make_at<AssignmentPattern>(value);
                assign->target = value;
                assign->default_value = PARSE_TRY(parse_assignment(true));
                value = finish(assign);
            }
            property->value = value;
        }
        pattern->properties.push_back(finish(property));
        if (!at(TokenType::RightBrace) && !expect(TokenType::Comma)) return nullptr;
    }
    advance();
    return finish(pattern);
}

void Parser::collect_bound_names(Node* pattern,
                                 std::vector<std::pair<std::u16string, std::uint32_t>>& names) {
    if (!pattern) return;
    switch (pattern->kind) {
    case NodeKind::Identifier:
        names.emplace_back(pattern->as<Identifier>()->name, pattern->start);
        break;
    case NodeKind::ArrayPattern:
        for (Node* element : pattern->as<ArrayPattern>()->elements)
            collect_bound_names(element, names);
        break;
    case NodeKind::ObjectPattern:
        for (Node* property : pattern->as<ObjectPattern>()->properties) {
            if (property->kind == NodeKind::Property)
                collect_bound_names(property->as<Property>()->value, names);
            else
                collect_bound_names(property, names);
        }
        break;
    case NodeKind::AssignmentPattern:
        collect_bound_names(pattern->as<AssignmentPattern>()->target, names);
        break;
    case NodeKind::RestElement:
        collect_bound_names(pattern->as<RestElement>()->target, names);
        break;
    default:
        break;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Cover grammar: expression -> assignment pattern

Node* Parser::to_assignment_target(Node* node) {
    switch (node->kind) {
    case NodeKind::ObjectExpression:
    case NodeKind::ArrayExpression:
        if (!node->parenthesized) return to_assignment_pattern(node);
        break;
    case NodeKind::Identifier: {
        const auto& name = node->as<Identifier>()->name;
        if (strict_ && (name == u"eval" || name == u"arguments")) {
            fail(node->start, "'" + utf16_to_utf8(name) + "' cannot be assigned in strict mode");
            return nullptr;
        }
        return node;
    }
    case NodeKind::MemberExpression:
    case NodeKind::SuperMember:
        return node;
    default:
        break;
    }
    fail(node->start, "invalid destructuring assignment target");
    return nullptr;
}

Node* Parser::to_assignment_element(Node* node) {
    if (node->kind == NodeKind::AssignmentExpression && !node->parenthesized &&
        node->as<AssignmentExpression>()->op == AssignOp::Assign) {
        auto* assign = node->as<AssignmentExpression>();
        auto* pattern = make_at<AssignmentPattern>(node);
        pattern->target = assign->target;
        pattern->default_value = assign->value;
        pattern->end = node->end;
        return pattern;
    }
    return to_assignment_target(node);
}

Node* Parser::to_assignment_pattern(Node* node) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    if (node->kind == NodeKind::ArrayExpression) {
        auto* array = node->as<ArrayExpression>();
        auto* pattern = make_at<ArrayPattern>(node);
        pattern->end = node->end;
        for (std::size_t i = 0; i < array->elements.size(); ++i) {
            Node* element = array->elements[i];
            if (!element) {
                pattern->elements.push_back(nullptr);
                continue;
            }
            if (element->kind == NodeKind::SpreadElement) {
                if (i + 1 != array->elements.size() || rest_followed_by_comma_.count(element)) {
                    fail(element->start, "rest element must be last element");
                    return nullptr;
                }
                Node* argument = element->as<SpreadElement>()->argument;
                if (argument->kind == NodeKind::AssignmentExpression && !argument->parenthesized) {
                    fail(argument->start, "rest element may not have a default initializer");
                    return nullptr;
                }
                auto* rest = make_at<RestElement>(element);
                rest->target = PARSE_TRY(to_assignment_target(argument));
                rest->end = element->end;
                pattern->elements.push_back(rest);
                continue;
            }
            pattern->elements.push_back(PARSE_TRY(to_assignment_element(element)));
        }
        return pattern;
    }
    auto* object = node->as<ObjectExpression>();
    auto* pattern = make_at<ObjectPattern>(node);
    pattern->end = node->end;
    for (std::size_t i = 0; i < object->properties.size(); ++i) {
        Node* property = object->properties[i];
        if (property->kind == NodeKind::SpreadElement) {
            if (i + 1 != object->properties.size() || rest_followed_by_comma_.count(property)) {
                fail(property->start, "rest element must be last element");
                return nullptr;
            }
            Node* argument = property->as<SpreadElement>()->argument;
            if ((argument->kind != NodeKind::Identifier && argument->kind != NodeKind::MemberExpression &&
                 argument->kind != NodeKind::SuperMember)) {
                fail(argument->start, "invalid rest element");
                return nullptr;
            }
            auto* rest = make_at<RestElement>(property);
            rest->target = PARSE_TRY(to_assignment_target(argument));
            rest->end = property->end;
            pattern->properties.push_back(rest);
            continue;
        }
        auto* p = property->as<Property>();
        if (p->property_kind != PropertyKind::Init) {
            fail(p->start, "invalid destructuring assignment target");
            return nullptr;
        }
        p->is_proto_setter = false;
        if (p->shorthand && p->value->kind == NodeKind::AssignmentExpression) {
            auto* assign = p->value->as<AssignmentExpression>();
            if (!to_assignment_target(assign->target)) return nullptr;
            auto* assignment_pattern = make_at<AssignmentPattern>(assign);
            assignment_pattern->target = assign->target;
            assignment_pattern->default_value = assign->value;
            assignment_pattern->end = assign->end;
            p->value = assignment_pattern;
        } else {
            p->value = PARSE_TRY(to_assignment_element(p->value));
        }
        pattern->properties.push_back(p);
    }
    return pattern;
}

// ---------------------------------------------------------------------------------------------------------
// Cover grammar: expression -> binding pattern (arrow parameters)

Node* Parser::to_binding_pattern(Node* node) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    auto invalid = [&]() -> Node* {
        fail(node->start, "invalid arrow function parameter");
        return nullptr;
    };
    switch (node->kind) {
    case NodeKind::Identifier: {
        if (node->parenthesized) return invalid();
        if (!check_binding_name(node->as<Identifier>()->name, node->start, strict_)) return nullptr;
        return node;
    }
    case NodeKind::AssignmentExpression: {
        auto* assign = node->as<AssignmentExpression>();
        if (node->parenthesized || assign->op != AssignOp::Assign) return invalid();
        auto* pattern = make_at<AssignmentPattern>(node);
        pattern->target = PARSE_TRY(to_binding_pattern(assign->target));
        pattern->default_value = assign->value;
        pattern->end = node->end;
        return pattern;
    }
    case NodeKind::AssignmentPattern: {
        auto* assign = node->as<AssignmentPattern>();
        assign->target = PARSE_TRY(to_binding_pattern(assign->target));
        return node;
    }
    case NodeKind::ArrayExpression:
    case NodeKind::ObjectExpression: {
        if (node->parenthesized) return invalid();
        Node* pattern = PARSE_TRY(to_assignment_pattern(node));
        return to_binding_pattern(pattern);
    }
    case NodeKind::ArrayPattern: {
        for (Node*& element : node->as<ArrayPattern>()->elements) {
            if (element) element = PARSE_TRY(to_binding_pattern(element));
        }
        return node;
    }
    case NodeKind::ObjectPattern: {
        for (Node* property : node->as<ObjectPattern>()->properties) {
            if (property->kind == NodeKind::RestElement) {
                Node* target = property->as<RestElement>()->target;
                if (target->kind != NodeKind::Identifier) return invalid();
                PARSE_TRY(to_binding_pattern(target));
                continue;
            }
            auto* p = property->as<Property>();
            p->value = PARSE_TRY(to_binding_pattern(p->value));
        }
        return node;
    }
    case NodeKind::RestElement: {
        auto* rest = node->as<RestElement>();
        rest->target = PARSE_TRY(to_binding_pattern(rest->target));
        return node;
    }
    default:
        return invalid();
    }
}

} // namespace yjs
