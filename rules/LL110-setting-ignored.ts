import { defineRule, normalizePath, expand } from '../src/engine/rule-kit.js';
import { RESERVED_ENV, RESERVED_ENV_SOURCE, reservedEnv } from '../src/knowledge/reserved-env.js';

/** Image settings Lambda does not honour (https://docs.aws.amazon.com/lambda/latest/dg/images-parms.html), with what happens instead. */
const IGNORED: Record<string, string> = {
  EXPOSE: 'Lambda talks to the function through the Runtime API, not a port, and routes no traffic to exposed ports (the Lambda Web Adapter finds a web app through AWS_LWA_PORT or PORT, default 8080, not through EXPOSE)',
  VOLUME: 'Lambda mounts no volumes: at run time only /tmp is writable, and EFS is attached through the function configuration',
  HEALTHCHECK: 'Lambda never runs it; it judges the function by its init and invoke results on the Runtime API',
  STOPSIGNAL: 'Lambda shuts execution environments down itself (extensions get a SHUTDOWN event) and never sends this signal',
};

export default defineRule({
  code: 'LL110',
  name: 'setting-ignored',
  severity: 'info',
  since: '0.1.0',
  needs: { facts: ['lineage'], dockerfile: true, history: true },
  docs: {
    what: 'Reports image settings of the built image that Lambda ignores: EXPOSE, VOLUME, HEALTHCHECK, STOPSIGNAL and the effective USER, and ENV of a variable Lambda reserves and sets itself (listed below, "Reserved variables"). Only the target stage and the stages it is built FROM count; builder stages whose files are merely copied are not reported. LAMBDA_TASK_ROOT=/var/task and LAMBDA_RUNTIME_DIR=/var/runtime, the values Lambda sets anyway, are the conventional custom-base pattern and stay quiet; AWS credential variables are left to the secret rule (LL202).',
    why: 'Lambda honours only ENTRYPOINT, CMD, WORKDIR and ENV of an image and "ignores the values of any unsupported container image settings". Settings written for Docker or ECS then suggest behaviour that never happens: a HEALTHCHECK that never runs, an EXPOSE nothing connects to, a USER the function does not run as (Lambda picks its own non-root user, so files readable only by that USER or root fail with "Permission denied"), or ENV AWS_REGION=us-east-1 that Lambda replaces with the real Region at run time.',
    bad: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nENV AWS_REGION=us-east-1\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nEXPOSE 8080\nCMD ["app.handler"]\n' },
    good: { dockerfile: 'FROM public.ecr.aws/lambda/python:3.13\nENV APP_REGION=us-east-1\nCOPY app.py ${LAMBDA_TASK_ROOT}/\nCMD ["app.handler"]\n' },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/images-create.html',
      RESERVED_ENV_SOURCE,
      'https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-deployment.html',
    ],
    tables: [
      {
        title: 'Reserved variables',
        intro: `The variables Lambda sets itself at run time, replacing a value the image gives (src/knowledge/reserved-env.ts, from ${RESERVED_ENV_SOURCE}). Credential variables are reported by LL202 instead.`,
        columns: ['variable', 'what Lambda sets', 'value'],
        rows: () => RESERVED_ENV.map((e) => [e.name, e.meaning, e.lambdaValue ?? (e.credential ? '(the execution role credentials)' : '-')]),
      },
    ],
  },
  messages: {
    ignoredSetting: {
      text: '{{keyword}} has no effect on Lambda: {{detail}}.',
      severity: 'info',
      fix: 'Remove the {{keyword}} line, or keep it only if the same image also runs outside Lambda.',
    },
    userIgnored: {
      text: 'USER {{user}} has no effect on Lambda: the function runs as a non-root user Lambda chooses, so every file it reads must be readable by others (and directories searchable), or it fails with "Permission denied" (EACCES / Errno 13).',
      severity: 'info',
      fix: 'Remove USER {{user}} from the final image (or keep it for other platforms) and make the code world-readable, e.g. RUN chmod -R o+rX {{codeDir}}.',
    },
    reservedEnv: {
      text: 'ENV {{name}}{{value}} has no effect on Lambda: Lambda sets {{name}} ({{meaning}}) itself{{lambdaValue}} and replaces the value of the image.',
      severity: 'info',
      fix: 'Remove {{name}} from ENV and read the value Lambda provides at run time; for local runs pass it with docker run -e {{name}}=...',
    },
  },
  create(ctx) {
    return {
      end() {
        const target = ctx.target;
        if (!target) return;
        const lineage = ctx.facts.lineageOf(target).reverse();
        for (const stage of lineage) {
          for (const ins of stage.instructions) {
            const detail = IGNORED[ins.keyword];
            if (detail) {
              ctx.report({ messageId: 'ignoredSetting', data: { keyword: ins.keyword, detail }, at: ins });
              continue;
            }
            if (ins.keyword !== 'ENV') continue;
            for (const p of ins.properties) {
              const reserved = reservedEnv(p.name);
              if (!reserved || reserved.credential) continue;
              const value = expand(p.value ?? '', ins.scope, ctx.df.escape).value;
              if (reserved.lambdaValue !== undefined) {
                const same = value.startsWith('/') && normalizePath(value) === reserved.lambdaValue;
                if (same) continue;
              }
              ctx.report({
                messageId: 'reservedEnv',
                data: {
                  name: p.name,
                  value: value ? `=${value}` : '',
                  meaning: reserved.meaning,
                  lambdaValue: reserved.lambdaValue ? ` to ${reserved.lambdaValue}` : '',
                },
                at: ins,
              });
            }
          }
        }
        const user = target.user;
        // The folder the code is in: LAMBDA_TASK_ROOT on an AWS base (which defines it); the working directory elsewhere.
        const codeDir = target.env.has('LAMBDA_TASK_ROOT') ? '${LAMBDA_TASK_ROOT}' : target.workdir?.value && target.workdir.value !== '/' ? target.workdir.value : '<code folder>';
        if (user?.from) ctx.report({ messageId: 'userIgnored', data: { user: user.value, codeDir }, at: user.from });
      },
    };
  },
});
