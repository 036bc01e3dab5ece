import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import { plural } from '../ui/dates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TableRegion } from '../ui/TableRegion';
import { PageHeader } from '../ui/PageHeader';
import { useImportPeople, type ImportResult } from './api';
import './admin.css';

/** The file people start from: the header the API expects, and two example rows to overwrite. */
export const IMPORT_TEMPLATE = [
  'email,name,department,team,roles',
  'ana.silva@example.com,Ana Silva,Customer Service,Frontline Support,employee',
  'ben.okoro@example.com,Ben Okoro,Customer Service,,employee;coach',
  '',
].join('\r\n');

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(IMPORT_TEMPLATE)}`;
const MAX_BYTES = 2_000_000;

/**
 * CSV import: choose a file or paste rows, import, and see what happened: how many people were
 * added or updated, and every row that was skipped with its line number and the reason.
 */
export function ImportPage() {
  const importPeople = useImportPeople();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ result: ImportResult; lines: string[] } | null>(null);
  const ids = { file: useId(), text: useId() };
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setInputError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setInputError('This file is larger than 2 MB. Split it into smaller files and import them one after another.');
      return;
    }
    setCsv(await file.text());
    setFileName(file.name);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (importPeople.isPending) return;
    if (!csv.trim()) {
      setInputError('Choose a CSV file or paste its rows first.');
      textRef.current?.focus();
      return;
    }
    setInputError(null);
    const sent = csv;
    importPeople.mutate(sent, {
      onSuccess: (result) => setImported({ result, lines: sent.split(/\r\n|\n|\r/) }),
    });
  }

  const rejectedFile = importPeople.isError && isApiError(importPeople.error, 400);
  const fileProblem = rejectedFile && isApiError(importPeople.error) ? importPeople.error.fieldErrors.map((e) => e.message) : [];

  return (
    <div className="stack stack--lg">
      <PageHeader title="Import people">
        <p>
          Add or update many people at once from a CSV file. People are matched by e-mail: importing the same file again
          changes nothing, and a changed row updates that person.
        </p>
      </PageHeader>
      <p>
        <Link to="/admin/people">
          <span aria-hidden="true">← </span>Back to people
        </Link>
      </p>

      <section className="panel stack" aria-labelledby="import-format">
        <h2 id="import-format">What the file looks like</h2>
        <p>
          The first line names the columns: <code>email,name,department,team,roles</code>. Only e-mail and name are
          required.
        </p>
        <ul className="bullets">
          <li>Departments and teams that do not exist yet are created.</li>
          <li>
            Roles are <code>employee</code> (learner), <code>coach</code>, <code>hr</code> and <code>admin</code>, separated
            by <code>;</code> when there are several. An empty cell means employee.
          </li>
          <li>New people are invited: each one gets an invitation link from their page under People.</li>
        </ul>
        <p>
          <a className="button" href={TEMPLATE_HREF} download="footsteps-people-template.csv">
            Download the template
          </a>
        </p>
      </section>

      <form className="panel form" noValidate onSubmit={onSubmit} aria-labelledby="import-upload">
        <h2 id="import-upload">Your file</h2>
        <div className="field">
          <label htmlFor={ids.file}>Choose a CSV file</label>
          <input id={ids.file} type="file" accept=".csv,text/csv" onChange={onFile} className="file-input" />
        </div>
        <div className={`field${inputError ? ' field--invalid' : ''}`}>
          <label htmlFor={ids.text}>Or paste the rows here</label>
          <p className="field__hint" id={`${ids.text}-hint`}>
            {fileName
              ? `Showing ${fileName}. You can correct it here before importing.`
              : 'Include the header line. You can correct the rows here before importing.'}
          </p>
          <textarea
            ref={textRef}
            id={ids.text}
            className="csv-input"
            rows={8}
            spellCheck={false}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            aria-invalid={inputError ? true : undefined}
            aria-describedby={`${inputError ? `${ids.text}-error ` : ''}${ids.text}-hint`}
          />
          {inputError ? (
            <p className="field__error" id={`${ids.text}-error`}>
              {inputError}
            </p>
          ) : null}
        </div>
        {rejectedFile ? (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>Nothing was imported.</strong> {fileProblem.length ? fileProblem.join(' ') : importPeople.error?.message}
            </p>
            <p>Correct the file and import it again.</p>
          </div>
        ) : importPeople.isError ? (
          <ErrorNotice error={importPeople.error} title="The import did not run" />
        ) : null}
        <p className="actions">
          <button type="submit" className="button button--primary" aria-disabled={importPeople.isPending}>
            {importPeople.isPending ? 'Importing…' : 'Import people'}
          </button>
        </p>
      </form>

      {imported ? <ImportReport key={importPeople.submittedAt} result={imported.result} lines={imported.lines} /> : null}
    </div>
  );
}

/** What the import did, and each row it skipped with its line number, reason and the row as written. */
export function ImportReport({ result, lines }: { result: ImportResult; lines: readonly string[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const errors = result.errors;
  const changed = result.created + result.updated;
  const rows = changed + result.unchanged + errors.length;

  return (
    <section className="panel stack" aria-labelledby="import-result">
      <h2 id="import-result" ref={heading} tabIndex={-1}>
        {errors.length === 0 ? 'Import complete' : changed + result.unchanged > 0 ? 'Import done, with rows to fix' : 'No one was imported'}
      </h2>
      <div className={`notice ${errors.length ? 'notice--warning' : 'notice--success'}`}>
        <p>
          {plural(rows, 'row')} read. {plural(result.created, 'person', 'people')} added,{' '}
          {plural(result.updated, 'person', 'people')} updated, {plural(result.unchanged, 'person', 'people')} already up to
          date{errors.length ? `, ${plural(errors.length, 'row')} skipped` : ''}.
        </p>
        {result.departmentsCreated.length ? <p>New departments: {result.departmentsCreated.join(', ')}.</p> : null}
        {result.teamsCreated.length ? <p>New teams: {result.teamsCreated.join(', ')}.</p> : null}
      </div>
      <dl className="stat-list">
        <div>
          <dt>Added</dt>
          <dd>{result.created}</dd>
        </div>
        <div>
          <dt>Updated</dt>
          <dd>{result.updated}</dd>
        </div>
        <div>
          <dt>Already up to date</dt>
          <dd>{result.unchanged}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{errors.length}</dd>
        </div>
      </dl>

      {errors.length ? (
        <div className="stack">
          <h3>Rows that were not imported</h3>
          <p>
            Fix these lines in your file (line 1 is the header) and import it again. Rows that were imported are not
            duplicated.
          </p>
          <TableRegion label="Rows that were not imported, by line number">
            <table className="table">
              <caption className="visually-hidden">Rows that were not imported, by line number</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Problem</th>
                  <th scope="col">Row as written</th>
                </tr>
              </thead>
              <tbody>
                {errors.map((error) => (
                  <tr key={`${error.line}-${error.reason}`}>
                    <th scope="row" className="nowrap">
                      Line {error.line}
                    </th>
                    <td className="break-anywhere">{error.email ?? <span className="muted">None</span>}</td>
                    <td>{error.reason}</td>
                    <td>
                      <code className="break-anywhere">{lines[error.line - 1] ?? ''}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </div>
      ) : null}
      <p className="actions">
        <Link className="button button--primary" to="/admin/people">
          See everyone in People
        </Link>
      </p>
    </section>
  );
}
