// Code blocks: programs, functions (FunctionDeclarationInstantiation), closures and classes.
#include "compiler/code_generator.h"
#include "compiler/module_layout.h"
#include "heap/heap.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>

namespace yjs {

// --- Compiler -------------------------------------------------------------------------------------------

namespace {

AnalysisOptions analysis_options(const CompileOptions& options) {
    AnalysisOptions result;
    result.is_eval = options.is_eval || options.is_direct_eval;
    result.is_direct_eval = options.is_direct_eval;
    return result;
}

FunctionKind function_kind_of(const FunctionNode& function) {
    if (function.is_generator) return function.is_async ? FunctionKind::AsyncGenerator : FunctionKind::Generator;
    return function.is_async ? FunctionKind::Async : FunctionKind::Normal;
}

} // namespace

Compiler::Compiler(VM& vm, const Program& program, std::shared_ptr<SourceCode> source, const CompileOptions& options)
    : vm_(vm), program_(program), source_(std::move(source)), options_(options),
      analysis_(program, analysis_options(options)) {}

CodeBlock* Compiler::compile() {
    FunctionCompiler top(*this, analysis_.program());
    return top.compile_program();
}

CodeBlock* Compiler::new_code_block() {
    CodeBlock* block = vm_.heap().allocate<CodeBlock>();
    block->source = source_;
    return block;
}

ScopeInfo* Compiler::scope_info(const Scope* scope) {
    auto it = scope_infos_.find(scope);
    if (it != scope_infos_.end()) return it->second;
    ScopeInfo* info = vm_.heap().allocate<ScopeInfo>();
    info->slot_count = scope->slot_count;
    for (const Variable* variable : scope->variables) {
        if (variable->location != Variable::Location::Context) continue;
        ScopeInfo::Binding binding;
        binding.name = vm_.atoms().atomize(variable->name);
        binding.slot = variable->index;
        binding.is_const = variable->is_const;
        binding.is_lexical = variable->is_lexical;
        info->bindings.push_back(binding);
    }
    info->is_function_scope = scope->is_var_scope || scope->kind == ScopeKind::ParameterEval;
    info->allows_eval_var_declarations = scope->eval_extensible;
    info->is_catch_scope = scope->kind == ScopeKind::Catch;
    scope_infos_.emplace(scope, info);
    return info;
}

TemplateSite* Compiler::template_site(const TemplateLiteral& literal) {
    TemplateSite* site = vm_.heap().allocate<TemplateSite>();
    for (const TemplateElement& element : literal.quasis) {
        site->cooked.push_back(element.cooked ? Value(JSString::create(vm_, *element.cooked)) : Value::undefined());
        site->raw.push_back(JSString::create(vm_, element.raw));
    }
    return site;
}

CodeBlock* compile_program(VM& vm, const Program& program, std::shared_ptr<SourceCode> source,
                           const CompileOptions& options) {
    DeferGC defer(vm.heap());
    Compiler compiler(vm, program, std::move(source), options);
    return compiler.compile();
}

// --- FunctionCompiler set-up ----------------------------------------------------------------------------

FunctionCompiler::FunctionCompiler(Compiler& compiler, FunctionInfo* info)
    : compiler_(compiler), info_(info), node_(info->node), builder_(compiler.vm()) {
    strict_ = info->strict;
    if (node_) {
        is_generator_ = node_->is_generator;
        is_async_ = node_->is_async;
    }
    builder_.set_fixed_registers(info->parameter_count + info->local_register_count);
    if (is_generator_ || is_async_) resume_mode_register_ = builder_.allocate_register();
}

void FunctionCompiler::finish(CodeBlock& block) {
    builder_.finish(block);
    block.parameter_count = info_->parameter_count;
    block.strict = strict_;
    block.needs_function_context = info_->uses_contexts;
    block.uses_this = node_ && node_->uses_this;
    block.resume_mode_register = resume_mode_register_;
}

bool FunctionCompiler::class_has_instance_elements(const ClassNode& class_node) const {
    for (const ClassElement* element : class_node.elements) {
        if (element->is_static) continue;
        if (element->element_kind == ClassElementKind::Field) return true;
        if (element->key && element->key->kind == NodeKind::PrivateName &&
            element->element_kind != ClassElementKind::StaticBlock)
            return true;
    }
    return false;
}

bool FunctionCompiler::is_derived_constructor_context() const {
    for (const FunctionInfo* function = info_; function; function = function->parent) {
        switch (function->kind) {
        case FunctionInfoKind::Function:
            if (function->is_arrow) continue;
            return function->node->is_derived_constructor;
        case FunctionInfoKind::Program:
            return compiler_.options().is_direct_eval;
        case FunctionInfoKind::InstanceInitializer:
        case FunctionInfoKind::StaticInitializer:
            return false;
        }
    }
    return false;
}

// --- Programs -------------------------------------------------------------------------------------------

GlobalDeclarations* FunctionCompiler::make_global_declarations() {
    const Program& program = compiler_.program();
    VM& vm = compiler_.vm();
    GlobalDeclarations* declarations = vm.heap().allocate<GlobalDeclarations>();
    std::unordered_set<std::u16string> function_names;
    for (const FunctionNode* function : program.functions_to_initialize) {
        function_names.insert(function->id->name);
        declarations->function_names.push_back(vm.atoms().atomize(function->id->name));
        CodeBlock* code = compile_nested(*function, function->id->name);
        declarations->function_code.push_back(builder_.cell_constant(code));
    }
    std::unordered_set<std::u16string> var_names;
    auto add_var = [&](const std::u16string& name) {
        if (function_names.count(name) || !var_names.insert(name).second) return;
        declarations->var_names.push_back(vm.atoms().atomize(name));
    };
    for (const std::u16string& name : program.var_names) add_var(name);
    for (const std::u16string& name : program.annex_b_function_names) add_var(name);
    if (!compiler_.options().is_eval && !compiler_.options().is_direct_eval) {
        for (const Declaration& declaration : program.lexical_declarations) {
            declarations->lexical_names.push_back(vm.atoms().atomize(declaration.name));
            declarations->lexical_is_const.push_back(declaration.kind == DeclarationKind::Const);
        }
    }
    return declarations;
}

void FunctionCompiler::emit_program_declarations() {
    const Program& program = compiler_.program();
    Scope* scope = info_->parameter_scope;
    switch (scope->kind) {
    case ScopeKind::Script:
        builder_.emit(Opcode::DeclareGlobals, {builder_.cell_constant(make_global_declarations())});
        break;
    case ScopeKind::Eval:
        if (program.is_strict) {
            emit_var_scope_initialization(scope, program.var_names, {}, program.functions_to_initialize);
        } else {
            builder_.emit(Opcode::DeclareGlobals, {builder_.cell_constant(make_global_declarations())});
        }
        emit_lexical_initialization(scope, program);
        break;
    case ScopeKind::Module:
        // The module record instantiates the environment (see module_layout.h).
        break;
    default:
        assert(false);
        break;
    }
}

CodeBlock* FunctionCompiler::compile_program() {
    const Program& program = compiler_.program();
    const CompileOptions& options = compiler_.options();
    CodeBlock* block = compiler_.new_code_block();
    block->code_kind = program.is_module ? CodeKind::Module
                       : (options.is_eval || options.is_direct_eval) ? CodeKind::Eval
                                                                       : CodeKind::Script;
    block->source_start = 0;
    block->source_end = static_cast<std::uint32_t>(compiler_.source()->text.size());
    block->line = 1;
    block->column = 1;
    if (program.is_module) {
        // Constant 0 of a module code block is its ModuleLayout.
        builder_.cell_constant(make_module_layout());
        is_async_ = program.has_top_level_await;
        if (is_async_) {
            block->function_kind = FunctionKind::Async;
            resume_mode_register_ = builder_.allocate_register();
        }
        // The body runs inside the module environment the module record created.
        current_scope_ = info_->parameter_scope;
    } else {
        completion_register_ = builder_.allocate_register();
        enter_scope(info_->parameter_scope);
    }
    emit_program_declarations();
    with_disposal(program, [&] { statements(program.body); });
    if (completion_register_ != UINT32_MAX) builder_.emit(Opcode::Ldar, {completion_register_});
    else builder_.emit(Opcode::LdaUndefined);
    builder_.emit(Opcode::Return);
    finish(*block);
    return block;
}

ModuleLayout* FunctionCompiler::make_module_layout() {
    const Program& program = compiler_.program();
    Scope* scope = info_->parameter_scope;
    ModuleLayout* layout = compiler_.vm().heap().allocate<ModuleLayout>();
    layout->environment = compiler_.scope_info(scope);
    for (std::uint32_t i = 0; i < program.import_entries.size(); ++i) {
        const Variable* variable = scope->find(program.import_entries[i].local_name);
        assert(variable && variable->location == Variable::Location::Context);
        layout->imports.push_back({variable->index, i});
    }
    std::unordered_set<std::u16string> function_names;
    auto add_function = [&](const FunctionNode& function) {
        std::u16string name = function.id ? function.id->name : std::u16string(u"*default*");
        if (!function_names.insert(name).second) return;
        const Variable* variable = scope->find(name);
        assert(variable && variable->location == Variable::Location::Context);
        layout->functions.push_back(
            {variable->index, compile_nested(function, function.id ? name : std::u16string(u"default"))});
    };
    for (const Declaration& declaration : program.lexical_declarations)
        if (declaration.kind == DeclarationKind::Function) add_function(*declaration.node->as<FunctionNode>());
    for (const FunctionNode* function : program.functions_to_initialize) add_function(*function);
    for (const std::u16string& name : program.var_names) {
        if (function_names.count(name)) continue;
        const Variable* variable = scope->find(name);
        assert(variable && variable->location == Variable::Location::Context);
        layout->var_slots.push_back(variable->index);
    }
    return layout;
}

ModuleLayout* module_layout(const CodeBlock& block) {
    if (block.code_kind != CodeKind::Module || block.constants.empty() || !block.constants[0].is_internal_cell())
        return nullptr;
    return dynamic_cast<ModuleLayout*>(block.constants[0].as_cell());
}

// --- Functions ------------------------------------------------------------------------------------------

CodeBlock* FunctionCompiler::compile_nested(const FunctionNode& function, const std::u16string& name) {
    FunctionInfo* info = compiler_.analysis().function(&function);
    assert(info && info->kind == FunctionInfoKind::Function);
    FunctionCompiler nested(compiler_, info);
    return nested.compile_function(name);
}

void FunctionCompiler::emit_closure(const FunctionNode& function, const std::u16string& name) {
    CodeBlock* code = compile_nested(function, name);
    builder_.emit(Opcode::CreateClosure, {builder_.cell_constant(code)});
}

CodeBlock* FunctionCompiler::compile_function(const std::u16string& name) {
    const FunctionNode& function = *node_;
    CodeBlock* block = compiler_.new_code_block();
    if (!name.empty()) block->name = compiler_.vm().atoms().atomize(name);
    block->function_length = function.expected_argument_count;
    block->function_kind = function_kind_of(function);
    if (function.is_arrow) block->code_kind = CodeKind::Arrow;
    else if (function.is_class_constructor)
        block->code_kind = function.is_derived_constructor ? CodeKind::DerivedConstructor : CodeKind::ClassConstructor;
    else block->code_kind = CodeKind::Function;
    block->is_method = function.is_method && !function.is_class_constructor;
    block->is_accessor = function.is_getter || function.is_setter;
    block->has_simple_parameter_list = function.has_simple_parameter_list;
    block->source_start = function.source_start;
    block->source_end = function.source_end;
    block->line = function.line;
    block->column = function.column;

    current_scope_ = info_->outer_scope;
    emit_function_prologue();
    with_disposal(function, [&] { statements(function.body); });
    builder_.emit(Opcode::LdaUndefined);
    builder_.emit(Opcode::Return);
    finish(*block);

    // Mapped arguments objects alias the parameters' registers or context slots.
    block->parameter_locations = std::move(parameter_locations_);
    return block;
}

void FunctionCompiler::emit_function_prologue() {
    const FunctionNode& function = *node_;
    // [[Construct]] of a base class constructor initialises the instance elements before the parameters.
    if (function.is_class_constructor && !function.is_derived_constructor && function.home_class &&
        class_has_instance_elements(*function.home_class))
        builder_.emit(Opcode::InitializeInstanceElements);

    if (Scope* name_scope = info_->name_scope) {
        enter_scope(name_scope);
        Variable* name = name_scope->variables.front();
        if (name->location == Variable::Location::Context) {
            builder_.emit(Opcode::LdaCallee);
            store_variable_init(*name);
        }
    }
    if (info_->parameter_eval_scope) enter_scope(info_->parameter_eval_scope);
    Scope* parameters = info_->parameter_scope;
    enter_scope(parameters);

    if (function.has_simple_parameter_list) {
        for (const Variable* variable : parameters->variables) {
            if (variable->parameter_index < 0 || variable->location != Variable::Location::Context) continue;
            builder_.emit(Opcode::Ldar, {static_cast<std::uint32_t>(variable->parameter_index)});
            store_variable_init(*variable);
        }
    }

    if (Variable* arguments = info_->arguments; arguments && (arguments->used || arguments->needs_context)) {
        bool mapped = !strict_ && function.has_simple_parameter_list;
        if (mapped) {
            for (std::uint32_t i = 0; i < function.parameter_names.size(); ++i) {
                const Variable* variable = parameters->find(function.parameter_names[i]);
                std::uint32_t location = CodeBlock::kParameterUnmapped;
                if (variable && variable->parameter_index == static_cast<int>(i)) {
                    location = variable->location == Variable::Location::Context
                                   ? (CodeBlock::kParameterInContext | variable->index)
                                   : variable->index;
                }
                parameter_locations_.push_back(location);
            }
        }
        builder_.emit(Opcode::CreateArguments, {mapped ? 1u : 0u});
        store_variable_init(*arguments);
    }

    if (!function.has_simple_parameter_list) emit_parameters();

    Scope* body = info_->body_scope;
    if (body != parameters) enter_scope(body);
    emit_var_scope_initialization(body, function.var_names, function.annex_b_function_names,
                                  function.functions_to_initialize);
    emit_lexical_initialization(body, function);

    if (function.is_generator) builder_.emit(Opcode::InitialSuspend);
}

void FunctionCompiler::emit_parameters() {
    const FunctionNode& function = *node_;
    Scope* parameters = info_->parameter_scope;
    for (const Variable* variable : parameters->variables) {
        if (variable->has_tdz && variable->hole_checked && variable->location == Variable::Location::Register) {
            builder_.emit(Opcode::LdaEmpty);
            builder_.emit(Opcode::Star, {variable->index});
        }
    }
    for (std::uint32_t i = 0; i < function.params.size(); ++i) {
        const Node* param = function.params[i];
        RegisterScope registers(*this);
        switch (param->kind) {
        case NodeKind::RestElement:
            set_position(param);
            builder_.emit(Opcode::CreateRestParameter, {i});
            bind_target(param->as<RestElement>()->target, BindMode::Init);
            break;
        case NodeKind::Identifier: {
            const Variable* variable = compiler_.analysis().resolution(param).variable;
            if (variable && variable->location == Variable::Location::Register && variable->index == i) break;
            builder_.emit(Opcode::Ldar, {i});
            bind_target(param, BindMode::Init);
            break;
        }
        case NodeKind::AssignmentPattern: {
            const auto* pattern = param->as<AssignmentPattern>();
            builder_.emit(Opcode::Ldar, {i});
            Label done = builder_.new_label();
            builder_.emit(Opcode::JumpIfNotUndefined, {done});
            if (pattern->target->kind == NodeKind::Identifier &&
                is_anonymous_function_definition(pattern->default_value))
                named_expression(pattern->default_value, pattern->target->as<Identifier>()->name);
            else
                expression(pattern->default_value);
            builder_.bind(done);
            bind_target(pattern->target, BindMode::Init);
            break;
        }
        default:
            builder_.emit(Opcode::Ldar, {i});
            bind_target(param, BindMode::Init);
            break;
        }
    }
}

void FunctionCompiler::emit_var_scope_initialization(Scope* scope, const std::vector<std::u16string>& var_names,
                                                     const std::vector<std::u16string>& annex_b_names,
                                                     const std::vector<FunctionNode*>& functions) {
    std::unordered_set<std::u16string> function_names;
    for (const FunctionNode* function : functions) function_names.insert(function->id->name);
    Scope* parameters = info_->parameter_scope;
    bool separate = info_->kind == FunctionInfoKind::Function && scope != parameters;
    auto initialize = [&](const std::u16string& name) {
        if (function_names.count(name)) return;
        Variable* variable = scope->find(name);
        if (!variable || variable->is_parameter || variable == info_->arguments) return;
        if (separate) {
            // A var with a parameter's name starts with the parameter's value (step 28.f.i.4).
            if (const Variable* parameter = parameters->find(name)) {
                if (parameter->is_parameter || parameter == info_->arguments) {
                    load_variable(*parameter);
                    store_variable_init(*variable);
                    return;
                }
            }
        }
        if (variable->location == Variable::Location::Context) {
            builder_.emit(Opcode::LdaUndefined);
            store_variable_init(*variable);
        }
    };
    std::unordered_set<std::u16string> seen;
    for (const std::u16string& name : var_names)
        if (seen.insert(name).second) initialize(name);
    for (const std::u16string& name : annex_b_names)
        if (seen.insert(name).second) initialize(name);
    for (const FunctionNode* function : functions) {
        Variable* variable = scope->find(function->id->name);
        assert(variable);
        emit_closure(*function, function->id->name);
        store_variable_init(*variable);
    }
}

void FunctionCompiler::emit_lexical_initialization(Scope* scope, const LexicalScope& lexical) {
    for (const Declaration& declaration : lexical.lexical_declarations) {
        Variable* variable = scope->find(declaration.name);
        if (!variable) continue;
        if (declaration.kind == DeclarationKind::Function) {
            const auto* function = declaration.node->as<FunctionNode>();
            emit_closure(*function, declaration.name);
            store_variable_init(*variable);
        } else if (variable->location == Variable::Location::Register && variable->hole_checked) {
            builder_.emit(Opcode::LdaEmpty);
            builder_.emit(Opcode::Star, {variable->index});
        }
    }
}

// --- Classes --------------------------------------------------------------------------------------------

CodeBlock* FunctionCompiler::compile_default_constructor(Compiler& compiler, const ClassNode& class_node,
                                                         const std::u16string& name, bool has_instance_elements) {
    CodeBlock* block = compiler.new_code_block();
    if (!name.empty()) block->name = compiler.vm().atoms().atomize(name);
    bool derived = class_node.super_class != nullptr;
    block->code_kind = derived ? CodeKind::DerivedConstructor : CodeKind::ClassConstructor;
    block->strict = true;
    block->source_start = class_node.source_start;
    block->source_end = class_node.source_end;
    block->line = class_node.line;
    block->column = class_node.column;
    BytecodeBuilder builder(compiler.vm());
    builder.set_position(class_node.line, class_node.column);
    if (derived) {
        // constructor(...args) { super(...args); } without iterating args.
        std::uint32_t arguments = builder.allocate_register();
        builder.emit(Opcode::CreateRestParameter, {0u});
        builder.emit(Opcode::Star, {arguments});
        builder.emit(Opcode::SuperCallSpread, {arguments});
        builder.emit(Opcode::ThrowSuperAlreadyCalled);
        builder.emit(Opcode::StaThis);
    }
    if (has_instance_elements) builder.emit(Opcode::InitializeInstanceElements);
    builder.emit(Opcode::LdaUndefined);
    builder.emit(Opcode::Return);
    builder.finish(*block);
    return block;
}

CodeBlock* FunctionCompiler::compile_class_initializer() {
    const ClassNode& class_node = *info_->class_node;
    CodeBlock* block = compiler_.new_code_block();
    block->code_kind = CodeKind::ClassFieldInitializer;
    block->is_method = true;
    block->source_start = class_node.source_start;
    block->source_end = class_node.source_end;
    block->line = class_node.line;
    block->column = class_node.column;
    current_scope_ = info_->outer_scope;
    enter_scope(info_->parameter_scope);
    if (info_->kind == FunctionInfoKind::InstanceInitializer) emit_instance_initializer_body(class_node);
    else emit_static_initializer_body(class_node);
    builder_.emit(Opcode::LdaUndefined);
    builder_.emit(Opcode::Return);
    finish(*block);
    return block;
}

namespace {

std::uint32_t private_element_flag(ClassElementKind kind) {
    switch (kind) {
    case ClassElementKind::Getter:
        return 2;
    case ClassElementKind::Setter:
        return 3;
    default:
        return 1;
    }
}

const Node* field_initializer_expression(const ClassElement& element) {
    if (!element.function || element.function->body.empty()) return nullptr;
    const Node* statement = element.function->body.front();
    if (statement->kind != NodeKind::ReturnStatement) return nullptr;
    return statement->as<ReturnStatement>()->argument;
}

} // namespace

void FunctionCompiler::emit_field_definition(const ClassElement& element, std::uint32_t receiver) {
    const ClassInfo* info = compiler_.analysis().class_info(info_->class_node);
    RegisterScope registers(*this);
    const Node* initializer = field_initializer_expression(element);
    bool anonymous = initializer && is_anonymous_function_definition(initializer);
    auto value = [&](const std::u16string* name) {
        if (!initializer) builder_.emit(Opcode::LdaUndefined);
        else if (anonymous && name) named_expression(initializer, *name);
        else expression(initializer);
    };
    set_position(&element);
    if (element.key->kind == NodeKind::PrivateName) {
        std::uint32_t symbol = builder_.allocate_register();
        load_private_name(element.key);
        builder_.emit(Opcode::Star, {symbol});
        value(&element.key->as<PrivateName>()->name);
        builder_.emit(Opcode::DefinePrivate, {receiver, symbol, 0u});
        return;
    }
    if (element.computed) {
        std::uint32_t key = builder_.allocate_register();
        load_variable(*info->field_keys.at(&element));
        builder_.emit(Opcode::Star, {key});
        value(nullptr);
        builder_.emit(Opcode::DefineKeyedOwn, {receiver, key, anonymous ? 1u : 0u});
        return;
    }
    std::u16string name = *static_property_name(element.key, false);
    value(&name);
    builder_.emit(Opcode::DefineNamedOwn, {receiver, name_constant(name)});
}

void FunctionCompiler::emit_instance_initializer_body(const ClassNode& class_node) {
    const ClassInfo* info = compiler_.analysis().class_info(&class_node);
    RegisterScope registers(*this);
    std::uint32_t receiver = builder_.allocate_register();
    builder_.emit(Opcode::LdaThis);
    builder_.emit(Opcode::Star, {receiver});
    // PrivateMethodOrAccessorAdd for every instance private method, then the fields in order.
    for (const ClassElement* element : class_node.elements) {
        if (element->is_static || element->element_kind == ClassElementKind::Field ||
            element->element_kind == ClassElementKind::StaticBlock || element->key->kind != NodeKind::PrivateName)
            continue;
        RegisterScope element_registers(*this);
        std::uint32_t symbol = builder_.allocate_register();
        load_private_name(element->key);
        builder_.emit(Opcode::Star, {symbol});
        load_variable(*info->private_methods.at(element));
        set_position(element);
        builder_.emit(Opcode::DefinePrivate, {receiver, symbol, private_element_flag(element->element_kind)});
    }
    for (const ClassElement* element : class_node.elements)
        if (!element->is_static && element->element_kind == ClassElementKind::Field)
            emit_field_definition(*element, receiver);
}

void FunctionCompiler::emit_static_initializer_body(const ClassNode& class_node) {
    RegisterScope registers(*this);
    std::uint32_t receiver = builder_.allocate_register();
    builder_.emit(Opcode::LdaThis);
    builder_.emit(Opcode::Star, {receiver});
    for (const ClassElement* element : class_node.elements) {
        if (!element->is_static) continue;
        if (element->element_kind == ClassElementKind::Field) {
            emit_field_definition(*element, receiver);
        } else if (element->element_kind == ClassElementKind::StaticBlock) {
            const FunctionNode& block = *element->function;
            Scope* scope = compiler_.analysis().scope_of(&block);
            ScopeEntry entry(*this, scope);
            emit_var_scope_initialization(scope, block.var_names, {}, block.functions_to_initialize);
            emit_lexical_initialization(scope, block);
            with_disposal(block, [&] { statements(block.body); });
        }
    }
}

void FunctionCompiler::emit_class_element(const ClassNode& class_node, const ClassElement& element,
                                          std::uint32_t constructor, std::uint32_t prototype) {
    const ClassInfo* info = compiler_.analysis().class_info(&class_node);
    std::uint32_t target = element.is_static ? constructor : prototype;
    bool is_private = element.key && element.key->kind == NodeKind::PrivateName;
    RegisterScope registers(*this);
    switch (element.element_kind) {
    case ClassElementKind::Method:
    case ClassElementKind::Getter:
    case ClassElementKind::Setter: {
        const char16_t* prefix = element.element_kind == ClassElementKind::Getter   ? u"get "
                                 : element.element_kind == ClassElementKind::Setter ? u"set "
                                                                                    : u"";
        if (is_private) {
            std::u16string name = prefix + element.key->as<PrivateName>()->name;
            emit_closure(*element.function, name);
            builder_.emit(Opcode::SetHomeObject, {target});
            if (element.is_static) {
                std::uint32_t method = builder_.allocate_register();
                std::uint32_t symbol = builder_.allocate_register();
                builder_.emit(Opcode::Star, {method});
                load_private_name(element.key);
                builder_.emit(Opcode::Star, {symbol});
                builder_.emit(Opcode::Ldar, {method});
                set_position(&element);
                builder_.emit(Opcode::DefinePrivate, {constructor, symbol, private_element_flag(element.element_kind)});
            } else {
                store_variable_init(*info->private_methods.at(&element));
            }
            break;
        }
        std::uint32_t key = builder_.allocate_register();
        property_key_to_register(element.key, element.computed, key);
        std::optional<std::u16string> static_name = static_property_name(element.key, element.computed);
        emit_closure(*element.function, static_name ? prefix + *static_name : std::u16string());
        set_position(&element);
        if (element.element_kind == ClassElementKind::Method)
            builder_.emit(Opcode::DefineMethod, {target, key, 0u});
        else
            builder_.emit(Opcode::DefineAccessor,
                          {target, key, element.element_kind == ClassElementKind::Setter ? 1u : 0u});
        break;
    }
    case ClassElementKind::Field:
        if (element.computed && !is_private) {
            expression(element.key);
            builder_.emit(Opcode::ToPropertyKey);
            store_variable_init(*info->field_keys.at(&element));
        }
        break;
    case ClassElementKind::StaticBlock:
        break;
    }
}

void FunctionCompiler::emit_class(const ClassNode& class_node, const std::u16string& name) {
    const ClassInfo* info = compiler_.analysis().class_info(&class_node);
    RegisterScope registers(*this);
    std::uint32_t heritage = builder_.allocate_register();
    std::uint32_t prototype = builder_.allocate_register();
    std::uint32_t constructor = builder_.allocate_register();
    ScopeEntry entry(*this, info->scope);

    for (const PrivateNameDeclaration& declaration : class_node.private_names) {
        builder_.emit(Opcode::CreatePrivateName, {name_constant(declaration.name)});
        store_variable_init(*info->scope->find(declaration.name));
    }
    // The inner name binding is in its TDZ while the heritage is evaluated (a register starts undefined).
    if (info->inner_name && info->inner_name->hole_checked) {
        builder_.emit(Opcode::LdaEmpty);
        store_variable_init(*info->inner_name);
    }
    if (class_node.super_class) expression(class_node.super_class);
    else builder_.emit(Opcode::LdaEmpty);
    builder_.emit(Opcode::Star, {heritage});

    std::u16string class_name = class_node.id ? class_node.id->name : name;
    CodeBlock* code = class_node.constructor
                          ? compile_nested(*class_node.constructor, class_name)
                          : compile_default_constructor(compiler_, class_node, class_name,
                                                        class_has_instance_elements(class_node));
    set_position(&class_node);
    builder_.emit(Opcode::CreateClass, {builder_.cell_constant(code), heritage, prototype});
    builder_.emit(Opcode::Star, {constructor});

    for (const ClassElement* element : class_node.elements)
        emit_class_element(class_node, *element, constructor, prototype);

    if (info->instance_initializer) {
        FunctionCompiler initializer(compiler_, info->instance_initializer);
        CodeBlock* initializer_code = initializer.compile_class_initializer();
        builder_.emit(Opcode::CreateClosure, {builder_.cell_constant(initializer_code)});
        builder_.emit(Opcode::SetHomeObject, {prototype});
        builder_.emit(Opcode::SetClassFields, {constructor});
    }
    if (info->inner_name) {
        builder_.emit(Opcode::Ldar, {constructor});
        store_variable_init(*info->inner_name);
    }
    if (info->static_initializer) {
        FunctionCompiler initializer(compiler_, info->static_initializer);
        CodeBlock* initializer_code = initializer.compile_class_initializer();
        std::uint32_t function = builder_.allocate_register();
        builder_.emit(Opcode::CreateClosure, {builder_.cell_constant(initializer_code)});
        builder_.emit(Opcode::SetHomeObject, {constructor});
        builder_.emit(Opcode::Star, {function});
        set_position(&class_node);
        builder_.emit(Opcode::Call, {function, constructor, function, 0u});
    }
    entry.exit();
    builder_.emit(Opcode::Ldar, {constructor});
}

} // namespace yjs
