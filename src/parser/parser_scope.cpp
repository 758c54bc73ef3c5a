// Declarations and the early errors about names: redeclarations, var/lexical conflicts, Annex B function
// hoisting, labels, and private names.
#include "parser/parser_impl.h"

namespace yjs {

namespace {

bool is_var_scope(ParserScope::Kind kind) {
    return kind == ParserScope::Kind::Function || kind == ParserScope::Kind::Program ||
           kind == ParserScope::Kind::Module;
}

} // namespace

ParserScope* Parser::push_scope(ParserScope::Kind kind, LexicalScope* target) {
    ParserScope& scope = scopes_.emplace_back();
    scope.kind = kind;
    scope.parent = scope_;
    scope.target = target;
    scope.strict = strict_;
    scope_ = &scope;
    return &scope;
}

void Parser::pop_scope() {
    scope_ = scope_->parent;
}

bool Parser::declare_var_name(const std::u16string& name, std::uint32_t offset) {
    for (ParserScope* s = scope_; s; s = s->parent) {
        if (s->lexical.count(name)) {
            // Annex B.3.4: `catch (e) { var e; }` is allowed.
            bool allowed = s->kind == ParserScope::Kind::CatchParam && s->catch_param_simple;
            if (!allowed) return fail(offset, "redeclaration of '" + utf16_to_utf8(name) + "'");
        }
        s->var_through.insert(name);
        if (is_var_scope(s->kind)) {
            if (s->var_names_set.insert(name).second) s->var_names.push_back(name);
            break;
        }
    }
    return true;
}

bool Parser::declare_lexical(const std::u16string& name, DeclarationKind kind, Node* node,
                             std::uint32_t offset, bool plain_function) {
    ParserScope* s = scope_;
    auto redeclaration = [&] { return fail(offset, "redeclaration of '" + utf16_to_utf8(name) + "'"); };
    if (s->lexical.count(name)) {
        // Annex B.3.2.4: duplicate plain function declarations in a block, in sloppy code.
        bool allowed = !strict_ && plain_function && s->plain_function_lexical.count(name) &&
                       s->kind == ParserScope::Kind::Block;
        if (!allowed) return redeclaration();
        for (auto& declaration : s->target->lexical_declarations) {
            if (declaration.name == name) declaration.node = node;
        }
        return true;
    }
    if (s->var_through.count(name)) return redeclaration();
    if (s->kind == ParserScope::Kind::Function && s->params.count(name)) return redeclaration();
    if (s->is_catch_body && s->parent && s->parent->lexical.count(name)) return redeclaration();
    s->lexical.insert(name);
    if (plain_function) s->plain_function_lexical.insert(name);
    s->target->lexical_declarations.push_back({name, kind, node});
    return true;
}

bool Parser::declare_function(FunctionNode* fn, std::uint32_t offset) {
    std::u16string name = fn->id ? fn->id->name : std::u16string(u"*default*");
    ParserScope* s = scope_;
    if (s->kind == ParserScope::Kind::Module)
        return declare_lexical(name, DeclarationKind::Function, fn, offset);
    if (s->kind == ParserScope::Kind::Function || s->kind == ParserScope::Kind::Program) {
        if (s->lexical.count(name)) return fail(offset, "redeclaration of '" + utf16_to_utf8(name) + "'");
        s->var_through.insert(name);
        if (s->var_names_set.insert(name).second) s->var_names.push_back(name);
        s->top_level_functions.push_back(fn);
        return true;
    }
    bool plain = !fn->is_async && !fn->is_generator;
    if (!declare_lexical(name, DeclarationKind::Function, fn, offset, plain)) return false;
    if (!strict_ && plain) {
        ParserScope* var_scope = s;
        while (!is_var_scope(var_scope->kind))
            var_scope = var_scope->parent;
        var_scope->annex_b_candidates.push_back({fn, s});
    }
    return true;
}

bool Parser::declare_pattern(Node* target, VariableKind kind, Node* declaration) {
    std::vector<std::pair<std::u16string, std::uint32_t>> names;
    collect_bound_names(target, names);
    for (const auto& [name, offset] : names) {
        if (kind == VariableKind::Var) {
            if (!declare_var_name(name, offset)) return false;
        } else {
            DeclarationKind declaration_kind =
                kind == VariableKind::Let ? DeclarationKind::Let : DeclarationKind::Const;
            if (!declare_lexical(name, declaration_kind, declaration, offset)) return false;
        }
    }
    return true;
}

void Parser::resolve_annex_b(ParserScope* function_scope, std::vector<std::u16string>& names,
                             const NameSet* parameter_names) {
    NameSet added;
    for (const auto& candidate : function_scope->annex_b_candidates) {
        const std::u16string& name = candidate.function->id->name;
        if (parameter_names && parameter_names->count(name)) continue;
        // Hoisting must not conflict with a lexical declaration of an enclosing block (or the body).
        bool conflict = false;
        for (ParserScope* s = candidate.block->parent; s; s = s->parent) {
            if (s->lexical.count(name) &&
                !(s->kind == ParserScope::Kind::CatchParam && s->catch_param_simple)) {
                conflict = true;
                break;
            }
            if (s == function_scope) break;
        }
        if (conflict) continue;
        candidate.function->annex_b_var_binding = true;
        if (added.insert(name).second) names.push_back(name);
    }
}

void Parser::finish_var_scope(ParserScope* scope, std::vector<std::u16string>& var_names,
                              std::vector<FunctionNode*>& functions_to_initialize) {
    var_names = scope->var_names;
    NameSet seen;
    std::vector<FunctionNode*> reversed;
    for (auto it = scope->top_level_functions.rbegin(); it != scope->top_level_functions.rend(); ++it) {
        FunctionNode* fn = *it;
        std::u16string name = fn->id ? fn->id->name : std::u16string(u"*default*");
        if (seen.insert(name).second) reversed.push_back(fn);
    }
    functions_to_initialize.assign(reversed.rbegin(), reversed.rend());
}

bool Parser::check_label_not_duplicate(const std::u16string& name, std::uint32_t offset) {
    for (const auto& label : fn_->labels) {
        if (label.name == name) return fail(offset, "duplicate label '" + utf16_to_utf8(name) + "'");
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Private names

void Parser::push_class() {
    ClassState& state = class_states_.emplace_back();
    state.parent = class_;
    class_ = &state;
}

bool Parser::pop_class(ClassNode* cls) {
    ClassState* state = class_;
    class_ = state->parent;
    for (const auto& reference : state->unresolved) {
        if (state->index.count(reference.name)) continue;
        if (class_) {
            class_->unresolved.push_back(reference);
            continue;
        }
        return fail(reference.offset, "Private field '" + utf16_to_utf8(reference.name) +
                                          "' must be declared in an enclosing class");
    }
    if (cls) cls->private_names = state->declared;
    return true;
}

bool Parser::declare_private_name(const std::u16string& name, PrivateNameKind kind, bool is_static,
                                  std::uint32_t offset) {
    auto it = class_->index.find(name);
    if (it == class_->index.end()) {
        class_->index.emplace(name, class_->declared.size());
        class_->declared.push_back({name, kind, is_static});
        return true;
    }
    PrivateNameDeclaration& existing = class_->declared[it->second];
    bool accessor_pair = ((existing.kind == PrivateNameKind::Getter && kind == PrivateNameKind::Setter) ||
                          (existing.kind == PrivateNameKind::Setter && kind == PrivateNameKind::Getter)) &&
                         existing.is_static == is_static;
    if (!accessor_pair) return fail(offset, "duplicate private name " + utf16_to_utf8(name));
    existing.kind = PrivateNameKind::Accessor;
    return true;
}

bool Parser::reference_private_name(const std::u16string& name, std::uint32_t offset) {
    if (!class_)
        return fail(offset,
                    "Private field '" + utf16_to_utf8(name) + "' must be declared in an enclosing class");
    class_->unresolved.push_back({name, offset});
    return true;
}

} // namespace yjs
