/**
 * A minimal editor for the ESLint language server of `vscode-langservers-extracted` (the server
 * of VS Code's ESLint extension, used by Neovim, Helix, Zed and others): it starts the server over
 * stdio, answers its settings requests as an editor does, and applies the edits it asks for.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const require = createRequire(import.meta.url);
const SERVER = path.join(path.dirname(require.resolve('vscode-langservers-extracted/package.json')), 'bin', 'vscode-eslint-language-server');

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}

export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  command?: Command;
  isPreferred?: boolean;
}

interface TextEdit {
  range: Range;
  newText: string;
}

interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}

/** LSP's DiagnosticSeverity. */
export const SEVERITY = { error: 1, warning: 2 } as const;

/** What VS Code's ESLint extension sends by default (`eslint.*` settings), for one workspace folder. */
function editorSettings(workspaceFolder: string) {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    experimental: { useFlatConfig: false },
    codeAction: { disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' }, showDocumentation: { enable: true } },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { name: path.basename(workspaceFolder), uri: pathToFileURL(workspaceFolder).href },
  };
}

export class LanguageServerSession {
  private readonly documents = new Map<string, TextDocument>();
  /** What the server wrote to its log (`window/logMessage`), for failure messages. */
  readonly log: string[] = [];

  private constructor(
    private readonly server: ChildProcess,
    private readonly connection: MessageConnection,
  ) {}

  /** Starts the server for `workspaceFolder` and completes the LSP handshake. */
  static async start(workspaceFolder: string): Promise<LanguageServerSession> {
    const server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspaceFolder, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const session = new LanguageServerSession(server, connection);
    server.stderr!.on('data', (chunk: Buffer) => session.log.push(chunk.toString()));
    const settings = editorSettings(workspaceFolder);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => ({ applied: session.applyEdit(params.edit) }));
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      session.log.push(params.message);
    });
    connection.onNotification(() => {});
    connection.listen();
    const root = pathToFileURL(workspaceFolder).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: path.basename(workspaceFolder) }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          synchronization: { didSave: true },
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] } } },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return session;
  }

  open(file: string, languageId: string, text: string): string {
    const uri = pathToFileURL(file).href;
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /** Pull diagnostics, as VS Code asks for them. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.items;
  }

  /** The code actions (quick fixes) the editor offers on one diagnostic. */
  codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return this.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], triggerKind: 1 },
    });
  }

  /** Runs an action's command; the server answers with `workspace/applyEdit`, applied here. */
  async execute(command: Command): Promise<void> {
    await this.connection.sendRequest('workspace/executeCommand', { command: command.command, arguments: command.arguments });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.server.kill();
    }
  }

  private document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** Applies a workspace edit to the open documents and tells the server, as an editor does. */
  private applyEdit(edit: WorkspaceEdit): boolean {
    const changes = [
      ...Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ uri, edits })),
      ...(edit.documentChanges ?? []).map((change) => ({ uri: change.textDocument.uri, edits: change.edits })),
    ];
    for (const { uri, edits } of changes) {
      const before = this.document(uri);
      const text = TextDocument.applyEdits(before, edits);
      const after = TextDocument.create(uri, before.languageId, before.version + 1, text);
      this.documents.set(uri, after);
      void this.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: after.version },
        contentChanges: [{ text }],
      });
    }
    return changes.length > 0;
  }
}
