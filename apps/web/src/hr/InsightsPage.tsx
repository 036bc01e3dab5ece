import { useState } from 'react';
import { formatMonth, plural } from '../ui/dates';
import { PageHeader } from '../ui/PageHeader';
import { TableRegion } from '../ui/TableRegion';
import {
  useJourneyInsight,
  useRecallInsight,
  useStories,
  type HeatmapCell,
  type JourneyHeatmap,
  type RecallInsight,
  type StoryLibrary,
  type Tally,
} from './api';
import { QueryState } from './parts';
import './hr.css';

/** The smallest group Footsteps reports on; the API withholds anything smaller. */
export const MIN_GROUP = 5;

/**
 * Anonymous, organization-wide insight from completed exercises: where customers feel friction
 * (the journey heatmap), what people recall of their best and worst experiences, and the
 * stories they chose to share. Nothing here names anyone.
 */
export function InsightsPage() {
  return (
    <div className="stack stack--lg">
      <PageHeader title="Insights">
        <p>
          What your people see when they walk in your customers’ shoes, added up across the organization. It is
          anonymous: figures about fewer than {MIN_GROUP} people are withheld so no one can be recognised.
        </p>
      </PageHeader>
      <nav aria-label="On this page" className="panel">
        <ul className="bullets">
          <li>
            <a href="#journey-title">Where customers feel friction</a>
          </li>
          <li>
            <a href="#recall-title">Best and worst experiences</a>
          </li>
          <li>
            <a href="#stories-title">Story library</a>
          </li>
        </ul>
      </nav>
      <JourneySection />
      <RecallSection />
      <StoriesSection />
    </div>
  );
}

function JourneySection() {
  const journey = useJourneyInsight();
  return (
    <section className="stack" aria-labelledby="journey-title">
      <h2 id="journey-title" tabIndex={-1}>
        Where customers feel friction
      </h2>
      <p className="muted">
        Pain points that learners logged in the journey simulations, by stage of the journey and by the team that owns
        that moment.
      </p>
      <QueryState query={journey} what="journey heatmap">
        {(modules) =>
          modules.length === 0 ? (
            <div className="empty-state">
              <h3>No journey simulations completed yet</h3>
              <p>When people complete a journey simulation, the pain points they log are added up here.</p>
            </div>
          ) : (
            modules.map((module) => <JourneyHeatmapView key={module.moduleId} module={module} />)
          )
        }
      </QueryState>
    </section>
  );
}

type Shade = 'count' | 'severity';

/** Which of the five colour steps a cell takes: by how many pain points (relative to the busiest cell) or by mean severity (1-5). */
export function heatLevel(cell: HeatmapCell, shade: Shade, maxCount: number): number {
  if (shade === 'severity') return Math.min(5, Math.max(1, Math.round(cell.meanSeverity ?? 1)));
  if (!cell.count || maxCount <= 0) return 1;
  return Math.min(5, Math.max(1, Math.ceil((5 * cell.count) / maxCount)));
}

export function JourneyHeatmapView({ module }: { module: JourneyHeatmap }) {
  const [shade, setShade] = useState<Shade>('count');
  const headingId = `journey-${module.moduleId}`;

  if (module.withheld) {
    return (
      <article className="panel stack" aria-labelledby={headingId}>
        <h3 id={headingId}>{module.title}</h3>
        <div className="withheld-note">
          <p>
            <strong>Fewer than {MIN_GROUP} people</strong> have completed this simulation, so its heatmap is withheld to
            protect their privacy. It appears once {MIN_GROUP} people have finished it.
          </p>
        </div>
      </article>
    );
  }

  // Stages in the simulation's order, then any stage in the data the content no longer has.
  const stages = [...module.stages];
  for (const cell of module.cells) {
    if (!stages.some((s) => s.key === cell.stageKey)) stages.push({ key: cell.stageKey, label: cell.stageKey });
  }
  const units = [...new Map(module.cells.map((c) => [c.unitId, c.unitName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const cellAt = new Map(module.cells.map((c) => [`${c.stageKey}|${c.unitId}`, c]));
  const maxCount = Math.max(0, ...module.cells.map((c) => c.count ?? 0));
  const withheldCells = module.cells.filter((c) => c.withheld).length;

  return (
    <article className="panel stack" aria-labelledby={headingId}>
      <div className="panel__head">
        <h3 id={headingId}>{module.title}</h3>
        <p className="muted">Based on {plural(module.people, 'person', 'people')} who completed it.</p>
      </div>
      {units.length === 0 ? (
        <p className="muted">No pain points were logged in this simulation yet.</p>
      ) : (
        <>
          <div className="stack">
            <div role="group" aria-label={`Colour the ${module.title} heatmap by`} className="segmented">
              <button type="button" aria-pressed={shade === 'count'} onClick={() => setShade('count')}>
                Colour by how often
              </button>
              <button type="button" aria-pressed={shade === 'severity'} onClick={() => setShade('severity')}>
                Colour by how severe
              </button>
            </div>
            <Legend shade={shade} maxCount={maxCount} />
          </div>
          <TableRegion label={`${module.title}: pain points by stage and owning team`}>
            <table className="heatmap">
              <caption className="visually-hidden">
                {module.title}: pain points by journey stage (columns) and the team that owns them (rows).
                {withheldCells ? ` ${plural(withheldCells, 'cell')} withheld: fewer than ${MIN_GROUP} people.` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Owning team</th>
                  {stages.map((stage) => (
                    <th scope="col" key={stage.key}>
                      {stage.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {units.map((unit) => (
                  <tr key={unit.id}>
                    <th scope="row">{unit.name}</th>
                    {stages.map((stage) => (
                      <HeatCell
                        key={stage.key}
                        cell={cellAt.get(`${stage.key}|${unit.id}`)}
                        shade={shade}
                        maxCount={maxCount}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </article>
  );
}

function HeatCell({ cell, shade, maxCount }: { cell: HeatmapCell | undefined; shade: Shade; maxCount: number }) {
  if (!cell) {
    return (
      <td className="heat heat--none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">No pain points</span>
      </td>
    );
  }
  if (cell.withheld) {
    return (
      <td className="heat heat--withheld">
        <span className="heat__line">
          <strong>Withheld</strong>
        </span>
        <span className="heat__line">Fewer than {MIN_GROUP} people</span>
      </td>
    );
  }
  return (
    <td className={`heat heat--${heatLevel(cell, shade, maxCount)}`}>
      <span className="heat__count">{cell.count ?? 0}</span>
      <span className="heat__line">{cell.count === 1 ? 'pain point' : 'pain points'}</span>
      {cell.meanSeverity != null ? <span className="heat__line">severity {cell.meanSeverity.toFixed(1)} of 5</span> : null}
      <span className="heat__line">{plural(cell.people, 'person', 'people')}</span>
      {cell.topEmotions.length ? <span className="heat__line">Felt: {cell.topEmotions.join(', ')}</span> : null}
    </td>
  );
}

function Legend({ shade, maxCount }: { shade: Shade; maxCount: number }) {
  const steps = [1, 2, 3, 4, 5];
  return (
    <ul className="heat-legend" aria-label="Legend">
      <li>{shade === 'count' ? `Pain points, up to ${maxCount}:` : 'Mean severity, 1 to 5:'}</li>
      {steps.map((step) => (
        <li key={step}>
          <span className={`heat-swatch heat--${step}`} aria-hidden="true" />
          {shade === 'count' ? legendRange(step, maxCount) : String(step)}
        </li>
      ))}
      <li>
        <span className="heat-swatch heat--withheld" aria-hidden="true" />
        Striped: withheld, fewer than {MIN_GROUP} people
      </li>
      <li>
        <span className="heat-swatch heat--none" aria-hidden="true" />
        None logged
      </li>
    </ul>
  );
}

function legendRange(step: number, maxCount: number): string {
  const low = Math.floor(((step - 1) * maxCount) / 5) + 1;
  const high = Math.floor((step * maxCount) / 5);
  if (high < low) return '–';
  return low === high ? String(low) : `${low}–${high}`;
}

function RecallSection() {
  const recall = useRecallInsight();
  return (
    <section className="stack" aria-labelledby="recall-title">
      <h2 id="recall-title" tabIndex={-1}>
        Best and worst experiences
      </h2>
      <p className="muted">
        After recalling a best and a worst experience as customers, learners say whether your organization creates
        experiences like these, where in the journey, and which team.
      </p>
      <QueryState query={recall} what="recall tally">
        {(data) => <RecallView data={data} />}
      </QueryState>
    </section>
  );
}

function RecallView({ data }: { data: RecallInsight }) {
  if (data.withheld) {
    return (
      <div className="withheld-note">
        <p>
          <strong>Fewer than {MIN_GROUP} people</strong> have completed a recall exercise, so these figures are withheld.
          They appear once {MIN_GROUP} people have finished one.
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <p>Based on {plural(data.people, 'person', 'people')}, each counted once.</p>
      <div className="tally-grid">
        <TallyTable title="Has our organization created experiences like these?" column="Answer" tallies={data.createdSimilar} people={data.people} />
        <TallyTable title="Where in the customer journey" column="Stage" tallies={data.stages} people={data.people} />
        <TallyTable title="Which team" column="Team" tallies={data.units} people={data.people} />
      </div>
    </div>
  );
}

function TallyTable({ title, column, tallies, people }: { title: string; column: string; tallies: Tally[]; people: number }) {
  return (
    <div className="panel stack">
      <h3>{title}</h3>
      {tallies.length === 0 ? (
        <p className="muted">No answers yet.</p>
      ) : (
        <TableRegion label={title}>
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{column}</th>
                <th scope="col" className="num">
                  People
                </th>
              </tr>
            </thead>
            <tbody>
              {tallies.map((tally) => (
                <tr key={tally.key}>
                  <th scope="row">
                    {tally.label}
                    {tally.count != null && people > 0 ? (
                      <span className="meter" aria-hidden="true">
                        <span style={{ width: `${Math.round((100 * tally.count) / people)}%` }} />
                      </span>
                    ) : null}
                  </th>
                  <td className="num">{tally.count == null ? <span className="muted">Fewer than {MIN_GROUP}</span> : tally.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}

function StoriesSection() {
  const stories = useStories();
  return (
    <section className="stack" aria-labelledby="stories-title">
      <h2 id="stories-title" tabIndex={-1}>
        Story library
      </h2>
      <p className="muted">
        Experiences learners chose to share, without their names. They are listed in no particular order, so the order
        does not tell who wrote what or when.
      </p>
      <QueryState query={stories} what="story library">
        {(data) => <StoriesView data={data} />}
      </QueryState>
    </section>
  );
}

function StoriesView({ data }: { data: StoryLibrary }) {
  if (data.withheld) {
    return (
      <div className="withheld-note">
        <p>
          <strong>Fewer than {MIN_GROUP} people</strong> have shared a story so far, so the library stays closed to keep
          them anonymous. It opens once {MIN_GROUP} people have shared one.
        </p>
      </div>
    );
  }
  if (data.stories.length === 0) {
    return (
      <div className="empty-state">
        <h3>No stories shared yet</h3>
        <p>At the end of a recall exercise, learners can share their story anonymously. Shared stories appear here.</p>
      </div>
    );
  }
  return (
    <ul className="story-list">
      {data.stories.map((story, index) => (
        <li key={index}>
          <figure className="story">
            <blockquote>{story.story}</blockquote>
            <figcaption>
              From “{story.moduleTitle}”, shared in {formatMonth(story.sharedIn)}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
