// Statements.
#include "compiler/code_generator.h"
#include "compiler/expression_text.h"
#include "runtime/vm.h"

#include <cassert>

namespace yjs {

void FunctionCompiler::statements(const std::vector<Node*>& list) {
    for (const Node* node : list) statement(node);
}

void FunctionCompiler::set_completion_undefined() {
    if (completion_register_ == UINT32_MAX) return;
    builder_.emit(Opcode::LdaUndefined);
    builder_.emit(Opcode::Star, {completion_register_});
}

void FunctionCompiler::statement(const Node* node) {
    switch (node->kind) {
    case NodeKind::VariableDeclaration:
        variable_declaration(*node->as<VariableDeclaration>());
        break;
    case NodeKind::FunctionDeclaration:
        function_declaration(*node->as<FunctionNode>());
        break;
    case NodeKind::ClassDeclaration:
        class_declaration(*node->as<ClassNode>());
        break;
    case NodeKind::ExpressionStatement: {
        RegisterScope registers(*this);
        if (completion_register_ == UINT32_MAX) {
            effect_expression(node->as<ExpressionStatement>()->expression);
            break;
        }
        expression(node->as<ExpressionStatement>()->expression);
        builder_.emit(Opcode::Star, {completion_register_});
        break;
    }
    case NodeKind::BlockStatement:
        block_statement(*node->as<BlockStatement>());
        break;
    case NodeKind::EmptyStatement:
        break;
    case NodeKind::IfStatement:
        if_statement(*node->as<IfStatement>());
        break;
    case NodeKind::ForStatement:
        for_statement(*node->as<ForStatement>(), {});
        break;
    case NodeKind::ForInStatement:
        for_in_statement(*static_cast<const ForInOfStatement*>(node), {});
        break;
    case NodeKind::ForOfStatement:
        for_of_statement(*static_cast<const ForInOfStatement*>(node), {});
        break;
    case NodeKind::WhileStatement:
        while_statement(*node->as<WhileStatement>(), {});
        break;
    case NodeKind::DoWhileStatement:
        do_while_statement(*node->as<DoWhileStatement>(), {});
        break;
    case NodeKind::ContinueStatement:
        jump_statement(*static_cast<const JumpStatement*>(node), true);
        break;
    case NodeKind::BreakStatement:
        jump_statement(*static_cast<const JumpStatement*>(node), false);
        break;
    case NodeKind::ReturnStatement:
        return_statement(*node->as<ReturnStatement>());
        break;
    case NodeKind::WithStatement:
        with_statement(*node->as<WithStatement>());
        break;
    case NodeKind::SwitchStatement:
        switch_statement(*node->as<SwitchStatement>(), {});
        break;
    case NodeKind::LabeledStatement:
        labelled_statement(*node->as<LabeledStatement>());
        break;
    case NodeKind::ThrowStatement: {
        RegisterScope registers(*this);
        expression(node->as<ThrowStatement>()->argument);
        set_position(node);
        builder_.emit(Opcode::Throw);
        break;
    }
    case NodeKind::TryStatement:
        try_statement(*node->as<TryStatement>());
        break;
    case NodeKind::DebuggerStatement:
        builder_.emit(Opcode::Debugger);
        break;
    case NodeKind::ImportDeclaration:
    case NodeKind::ExportAllDeclaration:
        break;
    case NodeKind::ExportNamedDeclaration:
        if (const Node* declaration = node->as<ExportNamedDeclaration>()->declaration) statement(declaration);
        break;
    case NodeKind::ExportDefaultDeclaration:
        export_default(*node->as<ExportDefaultDeclaration>());
        break;
    default:
        assert(false && "not a statement");
        break;
    }
}

void FunctionCompiler::variable_declaration(const VariableDeclaration& declaration) {
    BindMode mode = declaration.variable_kind == VariableKind::Var ? BindMode::Assign : BindMode::Init;
    for (const VariableDeclarator* declarator : declaration.declarations) {
        RegisterScope registers(*this);
        if (declarator->init && declarator->target->kind == NodeKind::Identifier) {
            // `var x = v` resolves x before evaluating v (a with object may hold it).
            Reference reference = prepare_reference(declarator->target, false);
            if (is_anonymous_function_definition(declarator->init))
                named_expression(declarator->init, declarator->target->as<Identifier>()->name);
            else
                expression(declarator->init);
            add_disposable_resource(declaration.variable_kind);
            store_reference(reference, mode);
        } else if (declarator->init) {
            expression(declarator->init);
            bind_target(declarator->target, mode, declarator->init);
        } else if (declaration.variable_kind != VariableKind::Var) {
            builder_.emit(Opcode::LdaUndefined);
            bind_target(declarator->target, mode);
        }
    }
}

void FunctionCompiler::add_disposable_resource(VariableKind kind) {
    if (kind != VariableKind::Using && kind != VariableKind::AwaitUsing) return;
    builder_.emit(Opcode::AddDisposableResource,
                  {dispose_register_, kind == VariableKind::AwaitUsing ? 1u : 0u});
}

void FunctionCompiler::block_statement(const BlockStatement& block) {
    Scope* scope = compiler_.analysis().scope_of(&block);
    ScopeEntry entry(*this, scope);
    if (scope) emit_lexical_initialization(scope, block);
    with_disposal(block, [&] { statements(block.body); });
}

void FunctionCompiler::if_statement(const IfStatement& s) {
    set_completion_undefined();
    Label otherwise = builder_.new_label();
    {
        RegisterScope registers(*this);
        expression(s.test);
    }
    builder_.emit(Opcode::JumpIfFalse, {otherwise});
    statement(s.consequent);
    if (s.alternate) {
        Label end = builder_.new_label();
        builder_.emit(Opcode::Jump, {end});
        builder_.bind(otherwise);
        statement(s.alternate);
        builder_.bind(end);
    } else {
        builder_.bind(otherwise);
    }
}

namespace {

ControlEntry make_loop(BytecodeBuilder& builder, std::vector<std::u16string> labels) {
    ControlEntry loop;
    loop.kind = ControlEntry::Kind::Breakable;
    loop.labels = std::move(labels);
    loop.is_loop = true;
    loop.takes_unlabelled_break = true;
    loop.break_label = builder.new_label();
    loop.continue_label = builder.new_label();
    return loop;
}

bool declares_let(const LexicalScope& lexical) {
    for (const Declaration& declaration : lexical.lexical_declarations)
        if (declaration.kind == DeclarationKind::Let) return true;
    return false;
}

} // namespace

void FunctionCompiler::while_statement(const WhileStatement& s, std::vector<std::u16string> labels) {
    set_completion_undefined();
    ControlEntry loop = make_loop(builder_, std::move(labels));
    builder_.bind(loop.continue_label);
    {
        RegisterScope registers(*this);
        expression(s.test);
    }
    builder_.emit(Opcode::JumpIfFalse, {loop.break_label});
    {
        ControlScope control(*this, loop);
        statement(s.body);
    }
    builder_.emit(Opcode::Jump, {loop.continue_label});
    builder_.bind(loop.break_label);
}

void FunctionCompiler::do_while_statement(const DoWhileStatement& s, std::vector<std::u16string> labels) {
    set_completion_undefined();
    ControlEntry loop = make_loop(builder_, std::move(labels));
    Label head = builder_.new_label();
    builder_.bind(head);
    {
        ControlScope control(*this, loop);
        statement(s.body);
    }
    builder_.bind(loop.continue_label);
    {
        RegisterScope registers(*this);
        expression(s.test);
    }
    builder_.emit(Opcode::JumpIfTrue, {head});
    builder_.bind(loop.break_label);
}

void FunctionCompiler::for_statement(const ForStatement& s, std::vector<std::u16string> labels) {
    set_completion_undefined();
    Scope* scope = compiler_.analysis().scope_of(&s);
    ScopeEntry entry(*this, scope);
    if (scope) emit_lexical_initialization(scope, s);
    with_disposal(s, [&] { for_statement_after_scope(s, std::move(labels), scope); });
}

void FunctionCompiler::for_statement_after_scope(const ForStatement& s, std::vector<std::u16string> labels,
                                                 Scope* scope) {
    if (s.init) {
        RegisterScope registers(*this);
        if (s.init->kind == NodeKind::VariableDeclaration) variable_declaration(*s.init->as<VariableDeclaration>());
        else effect_expression(s.init);
    }
    // Closures capture one copy of the let bindings per iteration.
    bool per_iteration = scope && scope->has_context && declares_let(s);
    if (per_iteration) builder_.emit(Opcode::CreatePerIterationContext);

    ControlEntry loop = make_loop(builder_, std::move(labels));
    Label head = builder_.new_label();
    builder_.bind(head);
    if (s.test) {
        RegisterScope registers(*this);
        expression(s.test);
        builder_.emit(Opcode::JumpIfFalse, {loop.break_label});
    }
    {
        ControlScope control(*this, loop);
        statement(s.body);
    }
    builder_.bind(loop.continue_label);
    if (per_iteration) builder_.emit(Opcode::CreatePerIterationContext);
    if (s.update) {
        RegisterScope registers(*this);
        effect_expression(s.update);
    }
    builder_.emit(Opcode::Jump, {head});
    builder_.bind(loop.break_label);
}

void FunctionCompiler::for_in_of_binding(const ForInOfStatement& s, Scope* scope) {
    if (scope) emit_lexical_initialization(scope, s);
    if (s.left->kind == NodeKind::VariableDeclaration) {
        const auto* declaration = s.left->as<VariableDeclaration>();
        BindMode mode = declaration->variable_kind == VariableKind::Var ? BindMode::Assign : BindMode::Init;
        add_disposable_resource(declaration->variable_kind);
        bind_target(declaration->declarations.front()->target, mode);
    } else {
        bind_target(s.left, BindMode::Assign);
    }
}

void FunctionCompiler::for_in_statement(const ForInOfStatement& s, std::vector<std::u16string> labels) {
    set_completion_undefined();
    RegisterScope registers(*this);
    Scope* scope = compiler_.analysis().scope_of(&s);
    // Annex B.3.5: for (var x = init in object).
    if (s.left->kind == NodeKind::VariableDeclaration) {
        const auto* declaration = s.left->as<VariableDeclaration>();
        const VariableDeclarator* declarator = declaration->declarations.front();
        if (declarator->init) {
            if (declarator->target->kind == NodeKind::Identifier &&
                is_anonymous_function_definition(declarator->init))
                named_expression(declarator->init, declarator->target->as<Identifier>()->name);
            else
                expression(declarator->init);
            bind_target(declarator->target, BindMode::Assign);
        }
    }
    {
        // The head's bindings are in their TDZ while the object expression is evaluated.
        ScopeEntry tdz(*this, scope);
        if (scope) emit_lexical_initialization(scope, s);
        expression(s.right);
    }
    ControlEntry loop = make_loop(builder_, std::move(labels));
    builder_.emit(Opcode::JumpIfNullish, {loop.break_label});
    std::uint32_t enumerator = builder_.allocate_register();
    set_position(s.right);
    builder_.emit(Opcode::ForInPrepare, {enumerator});
    {
        ControlScope control(*this, loop);
        builder_.bind(loop.continue_label);
        builder_.emit(Opcode::ForInNext, {enumerator, loop.break_label});
        ScopeEntry iteration(*this, scope);
        for_in_of_binding(s, scope);
        statement(s.body);
    }
    builder_.emit(Opcode::Jump, {loop.continue_label});
    builder_.bind(loop.break_label);
}

void FunctionCompiler::for_of_statement(const ForInOfStatement& s, std::vector<std::u16string> labels) {
    set_completion_undefined();
    RegisterScope registers(*this);
    Scope* scope = compiler_.analysis().scope_of(&s);
    {
        ScopeEntry tdz(*this, scope);
        if (scope) emit_lexical_initialization(scope, s);
        expression(s.right);
    }
    std::uint32_t iterator = builder_.allocate_registers(2);
    set_position(s.right);
    builder_.set_operand_text(expression_text(s.right));
    builder_.emit(s.is_await ? Opcode::GetAsyncIterator : Opcode::GetIterator, {iterator});
    std::uint32_t context = save_context();

    ControlEntry loop = make_loop(builder_, std::move(labels));
    HandlerRegion region;
    region.handler = builder_.new_label();
    ControlEntry closer;
    closer.kind = ControlEntry::Kind::Iterator;
    closer.region = &region;
    closer.iterator_register = iterator;
    closer.is_async = s.is_await;
    closer.owner = &loop;
    {
        ControlScope loop_control(*this, loop);
        builder_.bind(loop.continue_label);
        if (s.is_await) {
            // IteratorStep for async iterators: await next()'s result, then check done.
            RegisterScope step_registers(*this);
            std::uint32_t result = builder_.allocate_register();
            builder_.emit(Opcode::Call, {iterator + 1, iterator, result, 0u});
            emit_await();
            builder_.emit(Opcode::ThrowIfNotObject, {name_constant(u"Iterator result is not an object")});
            builder_.emit(Opcode::Star, {result});
            builder_.emit(Opcode::GetNamed, {result, name_constant(u"done"), builder_.feedback_slot()});
            builder_.emit(Opcode::JumpIfTrue, {loop.break_label});
            builder_.emit(Opcode::GetNamed, {result, name_constant(u"value"), builder_.feedback_slot()});
        } else {
            builder_.emit(Opcode::IteratorStep, {iterator, loop.break_label});
        }
        open_region(region, context);
        {
            ControlScope close_control(*this, closer);
            ScopeEntry iteration(*this, scope);
            with_disposal(s, [&] {
                for_in_of_binding(s, scope);
                statement(s.body);
            });
        }
        close_region(region);
    }
    builder_.emit(Opcode::Jump, {loop.continue_label});

    // A throw from the binding or the body closes the iterator, then propagates.
    builder_.bind(region.handler);
    std::uint32_t exception = builder_.allocate_register();
    builder_.emit(Opcode::Star, {exception});
    if (s.is_await) emit_async_iterator_close(iterator, true);
    else builder_.emit(Opcode::IteratorCloseQuiet, {iterator});
    builder_.emit(Opcode::Ldar, {exception});
    builder_.emit(Opcode::Throw);
    builder_.bind(loop.break_label);
}

void FunctionCompiler::labelled_statement(const LabeledStatement& s) {
    std::vector<std::u16string> labels{s.label};
    const Node* body = s.body;
    while (body->kind == NodeKind::LabeledStatement) {
        labels.push_back(body->as<LabeledStatement>()->label);
        body = body->as<LabeledStatement>()->body;
    }
    labelled_body(body, std::move(labels));
}

void FunctionCompiler::labelled_body(const Node* body, std::vector<std::u16string> labels) {
    switch (body->kind) {
    case NodeKind::ForStatement:
        for_statement(*body->as<ForStatement>(), std::move(labels));
        return;
    case NodeKind::ForInStatement:
        for_in_statement(*static_cast<const ForInOfStatement*>(body), std::move(labels));
        return;
    case NodeKind::ForOfStatement:
        for_of_statement(*static_cast<const ForInOfStatement*>(body), std::move(labels));
        return;
    case NodeKind::WhileStatement:
        while_statement(*body->as<WhileStatement>(), std::move(labels));
        return;
    case NodeKind::DoWhileStatement:
        do_while_statement(*body->as<DoWhileStatement>(), std::move(labels));
        return;
    case NodeKind::SwitchStatement:
        switch_statement(*body->as<SwitchStatement>(), std::move(labels));
        return;
    default:
        break;
    }
    ControlEntry entry;
    entry.kind = ControlEntry::Kind::Breakable;
    entry.labels = std::move(labels);
    entry.break_label = builder_.new_label();
    {
        ControlScope control(*this, entry);
        statement(body);
    }
    builder_.bind(entry.break_label);
}

void FunctionCompiler::switch_statement(const SwitchStatement& s, std::vector<std::u16string> labels) {
    set_completion_undefined();
    RegisterScope registers(*this);
    std::uint32_t discriminant = expression_to_new_register(s.discriminant);
    Scope* scope = compiler_.analysis().scope_of(&s);
    ScopeEntry entry(*this, scope);
    if (scope) emit_lexical_initialization(scope, s);

    ControlEntry control_entry;
    control_entry.kind = ControlEntry::Kind::Breakable;
    control_entry.labels = std::move(labels);
    control_entry.takes_unlabelled_break = true;
    control_entry.break_label = builder_.new_label();
    ControlScope control(*this, control_entry);

    std::vector<Label> case_labels;
    int default_index = -1;
    for (std::size_t i = 0; i < s.cases.size(); ++i) {
        case_labels.push_back(builder_.new_label());
        const SwitchCase* c = s.cases[i];
        if (!c->test) {
            default_index = static_cast<int>(i);
            continue;
        }
        RegisterScope test_registers(*this);
        expression(c->test);
        builder_.emit(Opcode::TestStrictEqual, {discriminant});
        builder_.emit(Opcode::JumpIfTrue, {case_labels[i]});
    }
    builder_.emit(Opcode::Jump, {default_index >= 0 ? case_labels[default_index] : control_entry.break_label});
    for (std::size_t i = 0; i < s.cases.size(); ++i) {
        builder_.bind(case_labels[i]);
        statements(s.cases[i]->consequent);
    }
    builder_.bind(control_entry.break_label);
}

void FunctionCompiler::try_statement(const TryStatement& s) {
    set_completion_undefined();
    RegisterScope registers(*this);

    auto try_catch = [&] {
        if (!s.handler) {
            block_statement(*s.block);
            return;
        }
        HandlerRegion region;
        region.handler = builder_.new_label();
        ControlEntry entry;
        entry.kind = ControlEntry::Kind::Handler;
        entry.region = &region;
        open_region(region, save_context());
        {
            ControlScope control(*this, entry);
            block_statement(*s.block);
        }
        close_region(region);
        Label end = builder_.new_label();
        builder_.emit(Opcode::Jump, {end});
        builder_.bind(region.handler);
        catch_clause(*s.handler);
        builder_.bind(end);
    };

    if (!s.finalizer) {
        try_catch();
        return;
    }

    ControlEntry entry;
    emit_protected_by_finally(entry, try_catch);
    if (completion_register_ != UINT32_MAX) {
        // The finally block's own value is discarded when it completes normally; a break or continue out of
        // it carries the block's value (UpdateEmpty(F, undefined)), not the try block's.
        std::uint32_t saved = builder_.allocate_register();
        builder_.emit(Opcode::Ldar, {completion_register_});
        builder_.emit(Opcode::Star, {saved});
        set_completion_undefined();
        block_statement(*s.finalizer);
        builder_.emit(Opcode::Ldar, {saved});
        builder_.emit(Opcode::Star, {completion_register_});
    } else {
        block_statement(*s.finalizer);
    }
    emit_finally_dispatch(entry);
}

void FunctionCompiler::catch_clause(const CatchClause& handler) {
    RegisterScope registers(*this);
    std::uint32_t exception = builder_.allocate_register();
    builder_.emit(Opcode::Star, {exception});
    set_completion_undefined();
    Scope* scope = compiler_.analysis().scope_of(&handler);
    ScopeEntry entry(*this, scope);
    if (scope) emit_lexical_initialization(scope, handler);
    if (handler.param) {
        builder_.emit(Opcode::Ldar, {exception});
        bind_target(handler.param, BindMode::Init);
    }
    block_statement(*handler.body);
}

void FunctionCompiler::with_statement(const WithStatement& s) {
    set_completion_undefined();
    {
        RegisterScope registers(*this);
        expression(s.object);
    }
    set_position(&s);
    ScopeEntry entry(*this, compiler_.analysis().scope_of(&s));
    statement(s.body);
}

void FunctionCompiler::function_declaration(const FunctionNode& function) {
    // Hoisted: instantiated at function/block entry. Annex B.3.2: a block-level declaration in sloppy code
    // also assigns the function to its var binding when the declaration is evaluated.
    if (!function.annex_b_var_binding || !function.id) return;
    const std::u16string& name = function.id->name;
    // "arguments" is among parameterNames when the function has an arguments object: no Annex B copy.
    if (info_->arguments && name == u"arguments") return;
    load_resolved(function.id, name, false);
    if (info_->kind == FunctionInfoKind::Program) {
        if (compiler_.options().is_eval) builder_.emit(Opcode::InitLookup, {name_constant(name)});
        else builder_.emit(Opcode::StaGlobal, {name_constant(name), builder_.feedback_slot()});
        return;
    }
    Variable* variable = info_->body_scope->find(name);
    assert(variable);
    store_variable_init(*variable);
}

void FunctionCompiler::class_declaration(const ClassNode& class_node) {
    RegisterScope registers(*this);
    emit_class(class_node, class_node.id ? class_node.id->name : std::u16string(u"default"));
    if (class_node.id) store_resolved(class_node.id, class_node.id->name, BindMode::Init);
}

bool FunctionCompiler::return_is_in_tail_position() const {
    if (!strict_ || is_generator_ || is_async_ || info_->kind != FunctionInfoKind::Function) return false;
    for (const ControlEntry* entry : control_) {
        if (entry->kind != ControlEntry::Kind::Breakable && entry->kind != ControlEntry::Kind::Context)
            return false;
    }
    return true;
}

void FunctionCompiler::collect_tail_calls(const Node* node) {
    switch (node->kind) {
    case NodeKind::CallExpression:
    case NodeKind::TaggedTemplate:
        tail_calls_.push_back(node);
        break;
    case NodeKind::ConditionalExpression:
        collect_tail_calls(node->as<ConditionalExpression>()->consequent);
        collect_tail_calls(node->as<ConditionalExpression>()->alternate);
        break;
    case NodeKind::LogicalExpression:
        collect_tail_calls(node->as<LogicalExpression>()->right);
        break;
    case NodeKind::SequenceExpression:
        collect_tail_calls(node->as<SequenceExpression>()->expressions.back());
        break;
    default:
        break;
    }
}

void FunctionCompiler::return_statement(const ReturnStatement& s) {
    RegisterScope registers(*this);
    if (s.argument) {
        if (return_is_in_tail_position()) collect_tail_calls(s.argument);
        expression(s.argument);
        tail_calls_.clear();
        // An async generator awaits the operand of `return expr` (15.6.2 ReturnStatement evaluation);
        // a bare `return` does not.
        if (is_generator_ && is_async_) emit_await();
    } else {
        builder_.emit(Opcode::LdaUndefined);
    }
    emit_return_value();
}

void FunctionCompiler::jump_statement(const JumpStatement& s, bool is_continue) {
    ControlEntry* target = nullptr;
    for (std::size_t i = control_.size(); i-- > 0;) {
        ControlEntry* entry = control_[i];
        if (entry->kind != ControlEntry::Kind::Breakable) continue;
        if (s.label.empty()) {
            if (is_continue ? entry->is_loop : entry->takes_unlabelled_break) {
                target = entry;
                break;
            }
        } else {
            bool found = false;
            for (const std::u16string& label : entry->labels) found = found || label == s.label;
            if (found) {
                target = entry;
                break;
            }
        }
    }
    assert(target);
    emit_transfer(is_continue ? Transfer::Kind::Continue : Transfer::Kind::Break, target);
}

} // namespace yjs
