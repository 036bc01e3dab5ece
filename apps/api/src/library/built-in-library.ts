import type { EntityManager } from 'typeorm';
import { LIBRARY_COURSES, LIBRARY_MODULES } from '#library';
import { validateModuleContent } from '#module-kinds';
import { Course } from '../courses/course.entity.js';
import { LearningModule } from '../modules/learning-module.entity.js';
import { ModuleVersion } from '../modules/module-version.entity.js';

/**
 * Loads Footsteps' built-in modules and courses into an organization, published, inside the
 * caller's transaction. Idempotent by slug: what the organization already has is left alone.
 * Returns how many modules and courses it added.
 */
export async function loadBuiltInLibrary(tx: EntityManager, organizationId: string, publishedBy: string | null): Promise<{ modules: number; courses: number }> {
  const moduleRepo = tx.getRepository(LearningModule);
  const existing = new Map((await moduleRepo.findBy({ organizationId })).map((m) => [m.slug, m]));
  let addedModules = 0;
  for (const lm of LIBRARY_MODULES) {
    if (existing.has(lm.slug)) continue;
    const valid = validateModuleContent(lm.kind, lm.content);
    if (!valid.ok) throw new Error(`Built-in module "${lm.slug}" is invalid: ${valid.errors.map((e) => e.message).join('; ')}`);
    const m = await moduleRepo.save(
      moduleRepo.create({
        organizationId,
        slug: lm.slug,
        kind: lm.kind,
        title: lm.title,
        summary: lm.summary,
        industry: lm.industry,
        estimatedMinutes: lm.estimatedMinutes,
        draftContent: lm.content,
        status: 'published',
        createdBy: publishedBy,
      }),
    );
    const v = await tx.getRepository(ModuleVersion).save({
      organizationId,
      moduleId: m.id,
      number: 1,
      kind: lm.kind,
      title: lm.title,
      content: valid.value,
      publishedBy,
    });
    await moduleRepo.update({ id: m.id }, { publishedVersionId: v.id, publishedVersionNumber: 1 });
    existing.set(lm.slug, m);
    addedModules += 1;
  }

  const courseRepo = tx.getRepository(Course);
  const existingCourses = new Set((await courseRepo.findBy({ organizationId })).map((c) => c.slug));
  let addedCourses = 0;
  for (const lc of LIBRARY_COURSES) {
    if (existingCourses.has(lc.slug)) continue;
    await courseRepo.save(
      courseRepo.create({
        organizationId,
        slug: lc.slug,
        title: lc.title,
        description: lc.description,
        outcomes: lc.outcomes,
        moduleIds: lc.modules.map((slug) => {
          const m = existing.get(slug);
          if (!m) throw new Error(`Built-in course "${lc.slug}" names unknown module "${slug}"`);
          return m.id;
        }),
        completionRule: lc.completion,
        status: 'published',
        createdBy: publishedBy,
      }),
    );
    addedCourses += 1;
  }
  return { modules: addedModules, courses: addedCourses };
}
