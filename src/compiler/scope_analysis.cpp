#include "compiler/scope_analysis.h"

#include <cassert>
#include <limits>

namespace yjs {

Variable* Scope::find(std::u16string_view name) const {
    auto it = by_name.find(std::u16string(name));
    return it == by_name.end() ? nullptr : it->second;
}

namespace {

constexpr std::uint32_t kAlwaysCheck = std::numeric_limits<std::uint32_t>::max();

// Number of formal parameter registers: every parameter before a rest element.
std::uint32_t formal_parameter_count(const FunctionNode& function) {
    std::uint32_t count = 0;
    for (const Node* param : function.params) {
        if (param->kind == NodeKind::RestElement) break;
        ++count;
    }
    return count;
}

} // namespace

// Walks the AST once, creating scopes, declaring bindings and resolving references.
class ScopeBuilder {
public:
    explicit ScopeBuilder(ScopeAnalysis& analysis) : analysis_(analysis) {}

    void build(const Program& program);

private:
    Scope* new_scope(ScopeKind kind, Scope* parent, FunctionInfo* function, const Node* node) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->parent = parent;
        scope->function = function;
        scope->node = node;
        Scope* result = scope.get();
        analysis_.scopes_.push_back(std::move(scope));
        return result;
    }

    FunctionInfo* new_function(FunctionInfoKind kind, FunctionInfo* parent, Scope* outer) {
        auto info = std::make_unique<FunctionInfo>();
        info->kind = kind;
        info->parent = parent;
        info->outer_scope = outer;
        FunctionInfo* result = info.get();
        analysis_.functions_.push_back(std::move(info));
        return result;
    }

    Variable* declare(Scope* scope, const std::u16string& name) {
        if (Variable* existing = scope->find(name)) return existing;
        auto variable = std::make_unique<Variable>();
        variable->name = name;
        variable->scope = scope;
        Variable* result = variable.get();
        scope->variables.push_back(result);
        scope->by_name.emplace(name, result);
        analysis_.variables_.push_back(std::move(variable));
        return result;
    }

    Variable* declare_lexical(Scope* scope, const Declaration& declaration) {
        Variable* variable = declare(scope, declaration.name);
        switch (declaration.kind) {
        case DeclarationKind::Let:
        case DeclarationKind::Const:
        case DeclarationKind::Class:
            variable->has_tdz = true;
            variable->is_lexical = true;
            variable->is_const = declaration.kind == DeclarationKind::Const;
            variable->init_position = declaration.node ? declaration.node->end : kAlwaysCheck;
            break;
        case DeclarationKind::Import:
            variable->has_tdz = true;
            variable->is_lexical = true;
            variable->is_const = true;
            variable->is_import = true;
            variable->init_position = kAlwaysCheck;
            break;
        case DeclarationKind::Function:
            // Lexically scoped function declarations are initialised when their scope is entered.
            variable->is_lexical = true;
            break;
        case DeclarationKind::CatchParameter:
        case DeclarationKind::Var:
        case DeclarationKind::Parameter:
            break;
        }
        return variable;
    }

    void declare_lexical_scope(Scope* scope, const LexicalScope& lexical) {
        for (const Declaration& declaration : lexical.lexical_declarations) declare_lexical(scope, declaration);
    }

    // A scope for a block-like node that declares something, or null.
    Scope* open_block_scope(const Node* node, const LexicalScope& lexical, ScopeKind kind = ScopeKind::Block) {
        if (lexical.lexical_declarations.empty()) return nullptr;
        Scope* scope = new_scope(kind, scope_, function_, node);
        declare_lexical_scope(scope, lexical);
        analysis_.scope_map_[node] = scope;
        return scope;
    }

    void resolve(const Node* node, const std::u16string& name, bool is_declaration);
    void resolve_private(const PrivateName* node);
    // resolve_private as seen from one of the class's initializer functions.
    void resolve_private_in(FunctionInfo* initializer, const PrivateName* node);
    void note_direct_eval();

    void visit(const Node* node);
    void visit_statements(const std::vector<Node*>& statements) {
        for (const Node* statement : statements) visit(statement);
    }
    void visit_binding(const Node* target); // a binding pattern/identifier being initialised
    void visit_variable_declaration(const VariableDeclaration& declaration, std::uint32_t init_position_override);
    void visit_function(const FunctionNode& function);
    void visit_function_body(FunctionInfo* info, const FunctionNode& function);
    void visit_class(const ClassNode& class_node);
    void visit_property_key(const Node* key, bool computed) {
        if (computed) visit(key);
    }

    void allocate();

    ScopeAnalysis& analysis_;
    Scope* scope_ = nullptr;
    FunctionInfo* function_ = nullptr;
    // While evaluating a class heritage, that class's private names are not in scope.
    const Scope* hidden_private_scope_ = nullptr;
};

void ScopeBuilder::resolve(const Node* node, const std::u16string& name, bool is_declaration) {
    Resolution resolution;
    for (Scope* scope = scope_; scope; scope = scope->parent) {
        if (scope->function != function_) resolution.crosses_function = true;
        if (scope->kind == ScopeKind::With) {
            resolution.dynamic = true;
            continue;
        }
        if (Variable* variable = scope->find(name)) {
            resolution.variable = variable;
            break;
        }
        if (scope->eval_extensible) resolution.dynamic = true;
    }
    if (!resolution.variable && analysis_.options_.is_direct_eval) resolution.dynamic = true;
    if (Variable* variable = resolution.variable) {
        variable->used = true;
        if (resolution.crosses_function) variable->captured = true;
        if (resolution.dynamic) {
            variable->needs_context = true;
        } else if (!is_declaration && variable->has_tdz &&
                   (resolution.crosses_function || node->start < variable->init_position ||
                    variable->scope->is_switch)) {
            resolution.needs_hole_check = true;
            if (!resolution.crosses_function) variable->hole_checked = true;
        }
    }
    analysis_.resolutions_[node] = resolution;
}

void ScopeBuilder::resolve_private(const PrivateName* node) {
    Resolution resolution;
    for (Scope* scope = scope_; scope; scope = scope->parent) {
        if (scope->function != function_) resolution.crosses_function = true;
        if (scope->kind != ScopeKind::Class || scope == hidden_private_scope_) continue;
        if (Variable* variable = scope->find(node->name)) {
            resolution.variable = variable;
            break;
        }
    }
    if (Variable* variable = resolution.variable) {
        variable->used = true;
        if (resolution.crosses_function) variable->captured = true;
    } else {
        // Direct eval code naming a private name of a class around the eval.
        resolution.dynamic = true;
    }
    analysis_.resolutions_[node] = resolution;
}

void ScopeBuilder::resolve_private_in(FunctionInfo* initializer, const PrivateName* node) {
    FunctionInfo* saved_function = function_;
    Scope* saved_scope = scope_;
    function_ = initializer;
    scope_ = initializer->parameter_scope;
    resolve_private(node);
    function_ = saved_function;
    scope_ = saved_scope;
}

void ScopeBuilder::note_direct_eval() {
    function_->contains_direct_eval = true;
    for (Scope* scope = scope_; scope; scope = scope->parent) scope->eval_visible = true;
    // Eval code may read `arguments` of the nearest non-arrow function.
    for (FunctionInfo* info = function_; info; info = info->parent) {
        if (info->is_arrow) continue;
        if (info->arguments) info->arguments->used = true;
        break;
    }
}

void ScopeBuilder::build(const Program& program) {
    const AnalysisOptions& options = analysis_.options_;
    FunctionInfo* info = new_function(FunctionInfoKind::Program, nullptr, nullptr);
    info->strict = program.is_strict;
    analysis_.program_ = info;
    function_ = info;

    ScopeKind kind = program.is_module ? ScopeKind::Module : options.is_eval ? ScopeKind::Eval : ScopeKind::Script;
    Scope* scope = new_scope(kind, nullptr, info, &program);
    info->parameter_scope = scope;
    info->body_scope = scope;
    scope_ = scope;

    if (kind == ScopeKind::Module) {
        scope->is_var_scope = true;
        for (const std::u16string& name : program.var_names) declare(scope, name);
        declare_lexical_scope(scope, program);
    } else if (kind == ScopeKind::Eval) {
        declare_lexical_scope(scope, program);
        if (program.is_strict) {
            // Strict eval code has its own variable environment.
            scope->is_var_scope = true;
            for (const std::u16string& name : program.var_names) declare(scope, name);
        }
    }
    visit_statements(program.body);
    allocate();
}

void ScopeBuilder::visit_binding(const Node* target) {
    if (!target) return;
    switch (target->kind) {
    case NodeKind::Identifier:
        resolve(target, target->as<Identifier>()->name, true);
        break;
    case NodeKind::ArrayPattern:
        for (const Node* element : target->as<ArrayPattern>()->elements) visit_binding(element);
        break;
    case NodeKind::ObjectPattern:
        for (const Node* property : target->as<ObjectPattern>()->properties) {
            if (property->kind == NodeKind::Property) {
                const auto* p = property->as<Property>();
                visit_property_key(p->key, p->computed);
                visit_binding(p->value);
            } else {
                visit_binding(property);
            }
        }
        break;
    case NodeKind::AssignmentPattern:
        visit_binding(target->as<AssignmentPattern>()->target);
        visit(target->as<AssignmentPattern>()->default_value);
        break;
    case NodeKind::RestElement:
        visit_binding(target->as<RestElement>()->target);
        break;
    default:
        visit(target);
        break;
    }
}

void ScopeBuilder::visit_variable_declaration(const VariableDeclaration& declaration,
                                              std::uint32_t init_position_override) {
    for (const VariableDeclarator* declarator : declaration.declarations) {
        if (declaration.variable_kind != VariableKind::Var) {
            // Refine the TDZ boundary to the end of this declarator.
            std::uint32_t init = init_position_override ? init_position_override : declarator->end;
            std::vector<const Node*> pending{declarator->target};
            while (!pending.empty()) {
                const Node* node = pending.back();
                pending.pop_back();
                if (!node) continue;
                switch (node->kind) {
                case NodeKind::Identifier:
                    if (Variable* variable = scope_->find(node->as<Identifier>()->name))
                        variable->init_position = init;
                    break;
                case NodeKind::ArrayPattern:
                    for (const Node* element : node->as<ArrayPattern>()->elements) pending.push_back(element);
                    break;
                case NodeKind::ObjectPattern:
                    for (const Node* property : node->as<ObjectPattern>()->properties)
                        pending.push_back(property->kind == NodeKind::Property ? property->as<Property>()->value
                                                                               : property);
                    break;
                case NodeKind::AssignmentPattern:
                    pending.push_back(node->as<AssignmentPattern>()->target);
                    break;
                case NodeKind::RestElement:
                    pending.push_back(node->as<RestElement>()->target);
                    break;
                default:
                    break;
                }
            }
            visit_binding(declarator->target);
        } else {
            // `var` initialisers are assignments: a with object in between may intercept them.
            visit_binding(declarator->target);
        }
        visit(declarator->init);
    }
}

void ScopeBuilder::visit_function(const FunctionNode& function) {
    FunctionInfo* info = new_function(FunctionInfoKind::Function, function_, scope_);
    info->node = &function;
    info->parameter_count = formal_parameter_count(function);
    info->is_arrow = function.is_arrow;
    info->strict = function.is_strict;
    analysis_.function_map_[&function] = info;

    FunctionInfo* saved_function = function_;
    Scope* saved_scope = scope_;
    function_ = info;

    if (function.kind == NodeKind::FunctionExpression && function.id) {
        info->name_scope = new_scope(ScopeKind::FunctionName, scope_, info, &function);
        Variable* name = declare(info->name_scope, function.id->name);
        name->is_sloppy_const = true;
        name->is_const = true;
        name->is_function_name = true;
        scope_ = info->name_scope;
    }
    visit_function_body(info, function);

    function_ = saved_function;
    scope_ = saved_scope;
}

void ScopeBuilder::visit_function_body(FunctionInfo* info, const FunctionNode& function) {
    bool sloppy_eval = !function.is_strict && function.has_direct_eval;
    if (sloppy_eval && function.has_parameter_expressions) {
        info->parameter_eval_scope = new_scope(ScopeKind::ParameterEval, scope_, info, &function);
        info->parameter_eval_scope->eval_extensible = true;
        info->parameter_eval_scope->is_var_scope = true;
        scope_ = info->parameter_eval_scope;
    }

    Scope* parameters = new_scope(ScopeKind::Function, scope_, info, &function);
    info->parameter_scope = parameters;
    scope_ = parameters;

    bool simple = function.has_simple_parameter_list;
    std::uint32_t index = 0;
    for (const Node* param : function.params) {
        // Bound names of this parameter, in order.
        std::vector<const Node*> pending{param};
        std::vector<const Identifier*> names;
        while (!pending.empty()) {
            const Node* node = pending.back();
            pending.pop_back();
            if (!node) continue;
            switch (node->kind) {
            case NodeKind::Identifier:
                names.push_back(node->as<Identifier>());
                break;
            case NodeKind::ArrayPattern: {
                const auto& elements = node->as<ArrayPattern>()->elements;
                for (auto it = elements.rbegin(); it != elements.rend(); ++it) pending.push_back(*it);
                break;
            }
            case NodeKind::ObjectPattern: {
                const auto& properties = node->as<ObjectPattern>()->properties;
                for (auto it = properties.rbegin(); it != properties.rend(); ++it)
                    pending.push_back((*it)->kind == NodeKind::Property ? (*it)->as<Property>()->value : *it);
                break;
            }
            case NodeKind::AssignmentPattern:
                pending.push_back(node->as<AssignmentPattern>()->target);
                break;
            case NodeKind::RestElement:
                pending.push_back(node->as<RestElement>()->target);
                break;
            default:
                break;
            }
        }
        for (const Identifier* name : names) {
            Variable* variable = declare(parameters, name->name);
            variable->is_parameter = true;
            // A plain identifier parameter (possibly with a default) may use its argument register.
            bool plain = param->kind == NodeKind::Identifier ||
                         (param->kind == NodeKind::AssignmentPattern &&
                          param->as<AssignmentPattern>()->target->kind == NodeKind::Identifier);
            variable->parameter_index = plain ? static_cast<int>(index) : -1;
            if (!simple) {
                variable->has_tdz = true;
                variable->init_position = param->end;
            }
        }
        ++index;
    }

    // FunctionDeclarationInstantiation steps 15-18: is an arguments object needed?
    if (!function.is_arrow && function.kind != NodeKind::ClassFieldInitializer &&
        function.kind != NodeKind::ClassStaticBlock) {
        bool needed = !parameters->find(u"arguments");
        if (needed && !function.has_parameter_expressions) {
            for (const FunctionNode* declared : function.functions_to_initialize)
                if (declared->id && declared->id->name == u"arguments") needed = false;
            for (const Declaration& declaration : function.lexical_declarations)
                if (declaration.name == u"arguments") needed = false;
        }
        if (needed) info->arguments = declare(parameters, u"arguments");
    }

    Scope* body = parameters;
    if (function.has_parameter_expressions) {
        body = new_scope(ScopeKind::FunctionBody, parameters, info, &function);
    }
    info->body_scope = body;
    body->is_var_scope = true;
    body->eval_extensible = sloppy_eval;
    for (const std::u16string& name : function.var_names) declare(body, name);
    for (const std::u16string& name : function.annex_b_function_names) declare(body, name);
    declare_lexical_scope(body, function);

    // Parameters (defaults and patterns) are evaluated in the parameter scope.
    for (const Node* param : function.params) visit_binding(param);

    scope_ = body;
    visit_statements(function.body);
}

void ScopeBuilder::visit_class(const ClassNode& class_node) {
    auto owned = std::make_unique<ClassInfo>();
    ClassInfo* info = owned.get();
    analysis_.classes_.push_back(std::move(owned));
    analysis_.class_map_[&class_node] = info;

    Scope* saved_scope = scope_;
    FunctionInfo* saved_function = function_;

    Scope* scope = new_scope(ScopeKind::Class, scope_, function_, &class_node);
    info->scope = scope;
    analysis_.scope_map_[&class_node] = scope;
    if (class_node.id) {
        Variable* inner = declare(scope, class_node.id->name);
        inner->has_tdz = true;
        inner->is_const = true;
        inner->is_lexical = true;
        inner->init_position = class_node.end;
        info->inner_name = inner;
    }
    for (const PrivateNameDeclaration& declaration : class_node.private_names) {
        Variable* variable = declare(scope, declaration.name);
        variable->is_const = true;
    }
    scope_ = scope;

    if (class_node.super_class) {
        hidden_private_scope_ = scope;
        visit(class_node.super_class);
        hidden_private_scope_ = nullptr;
    }

    bool has_instance_elements = false;
    bool has_static_elements = false;
    for (const ClassElement* element : class_node.elements) {
        bool is_private_method = element->key && element->key->kind == NodeKind::PrivateName &&
                                 element->element_kind != ClassElementKind::Field;
        if (element->element_kind == ClassElementKind::Field) {
            (element->is_static ? has_static_elements : has_instance_elements) = true;
        } else if (element->element_kind == ClassElementKind::StaticBlock) {
            has_static_elements = true;
        } else if (is_private_method && !element->is_static) {
            has_instance_elements = true;
        }
    }
    auto make_initializer = [&](FunctionInfoKind kind) {
        FunctionInfo* initializer = new_function(kind, function_, scope);
        initializer->class_node = &class_node;
        initializer->strict = true;
        Scope* top = new_scope(ScopeKind::Function, scope, initializer, &class_node);
        top->is_var_scope = true;
        initializer->parameter_scope = top;
        initializer->body_scope = top;
        return initializer;
    };
    if (has_instance_elements) info->instance_initializer = make_initializer(FunctionInfoKind::InstanceInitializer);
    if (has_static_elements) info->static_initializer = make_initializer(FunctionInfoKind::StaticInitializer);

    std::uint32_t helper_index = 0;
    auto helper = [&](const char16_t* prefix) {
        std::u16string name = prefix;
        for (char c : std::to_string(helper_index++)) name.push_back(static_cast<char16_t>(c));
        Variable* variable = declare(scope, name);
        // Written at class definition time, read by the initializer closures.
        variable->captured = true;
        variable->used = true;
        return variable;
    };

    for (const ClassElement* element : class_node.elements) {
        bool is_private = element->key && element->key->kind == NodeKind::PrivateName;
        if (element->computed) visit(element->key);
        switch (element->element_kind) {
        case ClassElementKind::Method:
        case ClassElementKind::Getter:
        case ClassElementKind::Setter:
            // An instance private method is installed by the instance initializer, which names its key.
            if (is_private && !element->is_static)
                resolve_private_in(info->instance_initializer, element->key->as<PrivateName>());
            else if (is_private)
                resolve_private(element->key->as<PrivateName>());
            visit_function(*element->function);
            if (is_private && !element->is_static) info->private_methods[element] = helper(u"%method");
            break;
        case ClassElementKind::Field: {
            FunctionInfo* initializer = element->is_static ? info->static_initializer : info->instance_initializer;
            // The initializer defines the field, so it is the one naming a private key.
            if (is_private) resolve_private_in(initializer, element->key->as<PrivateName>());
            if (element->computed) info->field_keys[element] = helper(u"%key");
            if (element->function) {
                analysis_.function_map_[element->function] = initializer;
                function_ = initializer;
                scope_ = initializer->parameter_scope;
                visit_statements(element->function->body);
                function_ = saved_function;
                scope_ = scope;
            }
            break;
        }
        case ClassElementKind::StaticBlock: {
            const FunctionNode& block = *element->function;
            FunctionInfo* initializer = info->static_initializer;
            analysis_.function_map_[&block] = initializer;
            function_ = initializer;
            Scope* block_scope = new_scope(ScopeKind::Block, initializer->parameter_scope, initializer, &block);
            block_scope->is_var_scope = true;
            analysis_.scope_map_[&block] = block_scope;
            for (const std::u16string& name : block.var_names) declare(block_scope, name);
            declare_lexical_scope(block_scope, block);
            scope_ = block_scope;
            visit_statements(block.body);
            function_ = saved_function;
            scope_ = scope;
            break;
        }
        }
    }
    if (class_node.constructor) visit_function(*class_node.constructor);

    scope_ = saved_scope;
    function_ = saved_function;
}

void ScopeBuilder::visit(const Node* node) {
    if (!node) return;
    switch (node->kind) {
    case NodeKind::Program:
        break;
    case NodeKind::VariableDeclaration:
        visit_variable_declaration(*node->as<VariableDeclaration>(), 0);
        break;
    case NodeKind::VariableDeclarator:
        break;
    case NodeKind::FunctionDeclaration: {
        const auto* function = node->as<FunctionNode>();
        if (function->id) resolve(function->id, function->id->name, true);
        visit_function(*function);
        break;
    }
    case NodeKind::ClassDeclaration: {
        const auto* class_node = node->as<ClassNode>();
        if (class_node->id) resolve(class_node->id, class_node->id->name, true);
        visit_class(*class_node);
        break;
    }
    case NodeKind::ExpressionStatement:
        visit(node->as<ExpressionStatement>()->expression);
        break;
    case NodeKind::BlockStatement: {
        const auto* block = node->as<BlockStatement>();
        Scope* saved = scope_;
        if (Scope* scope = open_block_scope(block, *block)) scope_ = scope;
        visit_statements(block->body);
        scope_ = saved;
        break;
    }
    case NodeKind::EmptyStatement:
    case NodeKind::DebuggerStatement:
    case NodeKind::ContinueStatement:
    case NodeKind::BreakStatement:
        break;
    case NodeKind::IfStatement: {
        const auto* s = node->as<IfStatement>();
        visit(s->test);
        visit(s->consequent);
        visit(s->alternate);
        break;
    }
    case NodeKind::ForStatement: {
        const auto* s = node->as<ForStatement>();
        Scope* saved = scope_;
        if (Scope* scope = open_block_scope(s, *s)) scope_ = scope;
        visit(s->init);
        visit(s->test);
        visit(s->update);
        visit(s->body);
        scope_ = saved;
        break;
    }
    case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement: {
        const auto* s = static_cast<const ForInOfStatement*>(node);
        Scope* saved = scope_;
        if (Scope* scope = open_block_scope(s, *s)) scope_ = scope;
        if (s->left->kind == NodeKind::VariableDeclaration) {
            const auto* declaration = s->left->as<VariableDeclaration>();
            // The head's let/const bindings are in their TDZ while `right` is evaluated.
            visit_variable_declaration(*declaration, s->body->start);
        } else {
            visit(s->left);
        }
        visit(s->right);
        visit(s->body);
        scope_ = saved;
        break;
    }
    case NodeKind::WhileStatement:
        visit(node->as<WhileStatement>()->test);
        visit(node->as<WhileStatement>()->body);
        break;
    case NodeKind::DoWhileStatement:
        visit(node->as<DoWhileStatement>()->body);
        visit(node->as<DoWhileStatement>()->test);
        break;
    case NodeKind::ReturnStatement:
        visit(node->as<ReturnStatement>()->argument);
        break;
    case NodeKind::WithStatement: {
        const auto* s = node->as<WithStatement>();
        visit(s->object);
        Scope* saved = scope_;
        Scope* scope = new_scope(ScopeKind::With, scope_, function_, s);
        analysis_.scope_map_[s] = scope;
        scope_ = scope;
        visit(s->body);
        scope_ = saved;
        break;
    }
    case NodeKind::SwitchStatement: {
        const auto* s = node->as<SwitchStatement>();
        visit(s->discriminant);
        Scope* saved = scope_;
        if (Scope* scope = open_block_scope(s, *s)) {
            scope->is_switch = true;
            scope_ = scope;
        }
        for (const SwitchCase* c : s->cases) {
            visit(c->test);
            visit_statements(c->consequent);
        }
        scope_ = saved;
        break;
    }
    case NodeKind::SwitchCase:
        break;
    case NodeKind::LabeledStatement:
        visit(node->as<LabeledStatement>()->body);
        break;
    case NodeKind::ThrowStatement:
        visit(node->as<ThrowStatement>()->argument);
        break;
    case NodeKind::TryStatement: {
        const auto* s = node->as<TryStatement>();
        visit(s->block);
        if (const CatchClause* handler = s->handler) {
            Scope* saved = scope_;
            if (Scope* scope = open_block_scope(handler, *handler, ScopeKind::Catch)) {
                scope_ = scope;
                if (handler->param && handler->param->kind != NodeKind::Identifier) {
                    for (Variable* variable : scope->variables) {
                        variable->has_tdz = true;
                        variable->init_position = handler->param->end;
                    }
                }
            }
            visit_binding(handler->param);
            visit(handler->body);
            scope_ = saved;
        }
        visit(s->finalizer);
        break;
    }
    case NodeKind::CatchClause:
        break;

    case NodeKind::ImportDeclaration:
    case NodeKind::ImportSpecifier:
    case NodeKind::ExportSpecifier:
    case NodeKind::ExportAllDeclaration:
        break;
    case NodeKind::ExportNamedDeclaration:
        visit(node->as<ExportNamedDeclaration>()->declaration);
        break;
    case NodeKind::ExportDefaultDeclaration:
        visit(node->as<ExportDefaultDeclaration>()->declaration);
        break;

    case NodeKind::Identifier:
        resolve(node, node->as<Identifier>()->name, false);
        break;
    case NodeKind::PrivateName:
        resolve_private(node->as<PrivateName>());
        break;
    case NodeKind::NullLiteral:
    case NodeKind::BooleanLiteral:
    case NodeKind::NumericLiteral:
    case NodeKind::BigIntLiteral:
    case NodeKind::StringLiteral:
    case NodeKind::RegExpLiteral:
    case NodeKind::ThisExpression:
    case NodeKind::NewTarget:
    case NodeKind::ImportMeta:
        break;
    case NodeKind::TemplateLiteral:
        for (const Node* expression : node->as<TemplateLiteral>()->expressions) visit(expression);
        break;
    case NodeKind::TaggedTemplate:
        visit(node->as<TaggedTemplate>()->tag);
        visit(node->as<TaggedTemplate>()->quasi);
        break;
    case NodeKind::SuperCall:
        for (const Node* argument : node->as<SuperCall>()->arguments) visit(argument);
        break;
    case NodeKind::SuperMember:
        if (node->as<SuperMember>()->computed) visit(node->as<SuperMember>()->property);
        break;
    case NodeKind::ImportCall:
        visit(node->as<ImportCall>()->source);
        visit(node->as<ImportCall>()->options);
        break;
    case NodeKind::ArrayExpression:
        for (const Node* element : node->as<ArrayExpression>()->elements) visit(element);
        break;
    case NodeKind::ObjectExpression:
        for (const Node* property : node->as<ObjectExpression>()->properties) visit(property);
        break;
    case NodeKind::Property: {
        const auto* p = node->as<Property>();
        visit_property_key(p->key, p->computed);
        visit(p->value);
        break;
    }
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
    case NodeKind::MethodFunction:
        visit_function(*node->as<FunctionNode>());
        break;
    case NodeKind::ClassFieldInitializer:
    case NodeKind::ClassStaticBlock:
        break; // handled by visit_class
    case NodeKind::ClassExpression:
        visit_class(*node->as<ClassNode>());
        break;
    case NodeKind::ClassElement:
        break;
    case NodeKind::UnaryExpression:
        visit(node->as<UnaryExpression>()->argument);
        break;
    case NodeKind::UpdateExpression:
        visit(node->as<UpdateExpression>()->argument);
        break;
    case NodeKind::BinaryExpression:
        visit(node->as<BinaryExpression>()->left);
        visit(node->as<BinaryExpression>()->right);
        break;
    case NodeKind::LogicalExpression:
        visit(node->as<LogicalExpression>()->left);
        visit(node->as<LogicalExpression>()->right);
        break;
    case NodeKind::AssignmentExpression:
        // Destructuring assignment targets contain references, not declarations.
        visit(node->as<AssignmentExpression>()->target);
        visit(node->as<AssignmentExpression>()->value);
        break;
    case NodeKind::ConditionalExpression:
        visit(node->as<ConditionalExpression>()->test);
        visit(node->as<ConditionalExpression>()->consequent);
        visit(node->as<ConditionalExpression>()->alternate);
        break;
    case NodeKind::CallExpression: {
        const auto* call = node->as<CallExpression>();
        visit(call->callee);
        for (const Node* argument : call->arguments) visit(argument);
        if (call->is_direct_eval) note_direct_eval();
        break;
    }
    case NodeKind::NewExpression:
        visit(node->as<NewExpression>()->callee);
        for (const Node* argument : node->as<NewExpression>()->arguments) visit(argument);
        break;
    case NodeKind::MemberExpression: {
        const auto* member = node->as<MemberExpression>();
        visit(member->object);
        if (member->computed || member->property->kind == NodeKind::PrivateName) visit(member->property);
        break;
    }
    case NodeKind::OptionalChain:
        visit(node->as<OptionalChain>()->expression);
        break;
    case NodeKind::SequenceExpression:
        for (const Node* expression : node->as<SequenceExpression>()->expressions) visit(expression);
        break;
    case NodeKind::YieldExpression:
        visit(node->as<YieldExpression>()->argument);
        break;
    case NodeKind::AwaitExpression:
        visit(node->as<AwaitExpression>()->argument);
        break;
    case NodeKind::SpreadElement:
        visit(node->as<SpreadElement>()->argument);
        break;
    case NodeKind::ArrayPattern:
        for (const Node* element : node->as<ArrayPattern>()->elements) visit(element);
        break;
    case NodeKind::ObjectPattern:
        for (const Node* property : node->as<ObjectPattern>()->properties) visit(property);
        break;
    case NodeKind::AssignmentPattern:
        visit(node->as<AssignmentPattern>()->target);
        visit(node->as<AssignmentPattern>()->default_value);
        break;
    case NodeKind::RestElement:
        visit(node->as<RestElement>()->target);
        break;
    }
}

void ScopeBuilder::allocate() {
    for (const auto& owned : analysis_.scopes_) {
        Scope* scope = owned.get();
        FunctionInfo* function = scope->function;
        for (Variable* variable : scope->variables) {
            // Module bindings live in the module environment, where importers and the linker find them.
            if (variable->captured || scope->eval_visible || scope->kind == ScopeKind::Module)
                variable->needs_context = true;
            if (variable == function->arguments && !variable->used && !variable->needs_context) {
                // Never referenced (and invisible to eval): no arguments object is created.
                continue;
            }
            if (variable->needs_context) {
                variable->location = Variable::Location::Context;
                variable->index = scope->slot_count++;
            } else if (variable->is_function_name) {
                variable->location = Variable::Location::Callee;
            } else if (variable->parameter_index >= 0 && function->node &&
                       (function->node->has_simple_parameter_list || !variable->hole_checked)) {
                // The binding is the parameter's own register.
                variable->location = Variable::Location::Register;
                variable->index = static_cast<std::uint32_t>(variable->parameter_index);
            } else {
                variable->location = Variable::Location::Register;
                variable->index = function->parameter_count + function->local_register_count++;
            }
        }
        // The module environment always exists: the module record creates it.
        scope->has_context = scope->slot_count > 0 || scope->kind == ScopeKind::With || scope->eval_extensible ||
                             scope->kind == ScopeKind::Module;
        if (scope->has_context) function->uses_contexts = true;
    }
}

ScopeAnalysis::ScopeAnalysis(const Program& program, const AnalysisOptions& options) : options_(options) {
    ScopeBuilder builder(*this);
    builder.build(program);
}

ScopeAnalysis::~ScopeAnalysis() = default;

FunctionInfo* ScopeAnalysis::function(const FunctionNode* node) const {
    auto it = function_map_.find(node);
    return it == function_map_.end() ? nullptr : it->second;
}

Scope* ScopeAnalysis::scope_of(const Node* node) const {
    auto it = scope_map_.find(node);
    return it == scope_map_.end() ? nullptr : it->second;
}

const ClassInfo* ScopeAnalysis::class_info(const ClassNode* node) const {
    auto it = class_map_.find(node);
    return it == class_map_.end() ? nullptr : it->second;
}

const Resolution& ScopeAnalysis::resolution(const Node* identifier) const {
    auto it = resolutions_.find(identifier);
    assert(it != resolutions_.end());
    return it->second;
}

bool ScopeAnalysis::has_resolution(const Node* identifier) const {
    return resolutions_.find(identifier) != resolutions_.end();
}

} // namespace yjs
