/** LL302 on built images: judged from the image history (the Dockerfile rebuilt from config.history). */
import rule from '../../rules/LL302-layer-order.js';
import { imageRuleTester, type BuildImageOptions } from '../image-kit.js';

const CFG = { Entrypoint: ['/lambda-entrypoint.sh'], Cmd: ['app.handler'], WorkingDir: '/var/task' };
const BASE = ['/bin/sh -c #(nop) ADD file:0f3a6c1b2d4e5f6a in / ', { created_by: '/bin/sh -c #(nop)  ENTRYPOINT ["/lambda-entrypoint.sh"]', empty_layer: true }, { created_by: '/bin/sh -c #(nop) WORKDIR /var/task', empty_layer: true }];

/** An image whose history is BASE + `steps`; one small layer per entry that makes a layer. */
function img(steps: BuildImageOptions['history'] & unknown[]): BuildImageOptions {
  const history = [...BASE, ...steps];
  const layers = history.filter((h) => typeof h === 'string' || !h.empty_layer).map((_, i) => ({ [`l${i}`]: String(i) }));
  return { config: CFG, layers, history };
}
const empty = (created_by: string) => ({ created_by, empty_layer: true });

imageRuleTester(
  rule,
  {
    valid: [
      { name: 'BuildKit: manifest, install, then code', image: img(['COPY requirements.txt /var/task/ # buildkit', 'RUN /bin/sh -c pip install -r requirements.txt --target /var/task # buildkit', 'COPY app.py /var/task/ # buildkit']) },
      { name: 'classic: a hashed file copied to .../requirements.txt counts as a manifest', image: img(['/bin/sh -c #(nop) COPY file:5e6f7a8b9c0d in /var/task/requirements.txt ', '/bin/sh -c pip install -r requirements.txt --target /var/task', '/bin/sh -c #(nop) COPY dir:4b2e8f0a6c in /var/task ']) },
      { name: 'base image rootfs ADDs and runtime ADDs outside the task root are not code', image: img(['/bin/sh -c #(nop) ADD file:aa11bb22cc33 in /var/lang ', '/bin/sh -c #(nop) ADD file:dd44ee55ff66 in /var/runtime ', '/bin/sh -c dnf install -y shadow-utils', 'COPY app.py /var/task/ # buildkit']) },
      { name: 'a hashed COPY of a binary to /usr/local/bin before installs', image: img(['/bin/sh -c #(nop) COPY file:7d9c1e5b3a in /usr/local/bin/python ', '/bin/sh -c pip install -r requirements.txt --target /var/task', '/bin/sh -c #(nop) COPY dir:4b2e8f0a6c in /var/task ']) },
      { name: 'npm: package files first (kaniko style), then npm ci, then code', image: img(['COPY package.json package-lock.json /var/task/', 'RUN npm ci --omit=dev', 'COPY . /var/task/']) },
      { name: 'code copied from a builder stage is not judged', image: img(['COPY --from=build /out /var/task # buildkit', 'RUN /bin/sh -c pip install -r requirements.txt --target /var/task # buildkit']) },
      { name: 'build args before the RUN do not change its classification', image: img(['COPY requirements.txt /var/task/ # buildkit', 'RUN |1 PIP_INDEX_URL=https://pypi.example/simple /bin/sh -c pip install -r requirements.txt # buildkit', 'COPY . /var/task # buildkit']) },
    ],
    invalid: [
      {
        name: 'BuildKit: COPY . /var/task below RUN pip install -r requirements.txt',
        image: img(['COPY . /var/task # buildkit', 'RUN /bin/sh -c pip install -r requirements.txt --target /var/task # buildkit']),
        errors: [{ messageId: 'codeBeforeInstall', severity: 'warning', layer: 2, message: /^COPY \. \/var\/task \(image layer 2\) brings application code in before `pip install -r requirements\.txt --target \/var\/task`.*\(from the image history, layer 3: RUN pip install/ }],
      },
      {
        name: 'classic: COPY dir:... in /var/task below dnf and pip (the history-layers fixture)',
        image: img(['/bin/sh -c #(nop) COPY file:7d9c1e5b3a in /usr/local/bin/python ', '/bin/sh -c #(nop) COPY dir:4b2e8f0a6c in /var/task ', '/bin/sh -c dnf install -y gcc python3-devel', '/bin/sh -c pip install -r requirements.txt --target /var/task']),
        errors: [
          { messageId: 'installAfterCode', layer: 3, message: /`dnf install -y gcc python3-devel` does not need the application code but runs after COPY 4b2e8f0a6c \/var\/task \(image layer 3\)/ },
          { messageId: 'codeBeforeInstall', layer: 4, message: /COPY 4b2e8f0a6c \/var\/task \(image layer 3\)/ },
        ],
      },
      {
        name: 'kaniko: COPY . . under WORKDIR /app before npm ci',
        image: img([empty('WORKDIR /app'), 'COPY . .', 'RUN npm ci --omit=dev']),
        errors: [{ messageId: 'codeBeforeInstall', message: /npm ci/ }],
      },
      {
        name: 'classic: hashed COPY into the WORKDIR (not /var/task) before pip',
        image: img([empty('/bin/sh -c #(nop) WORKDIR /function'), '/bin/sh -c #(nop) COPY dir:4b2e8f0a6c in /function ', '/bin/sh -c pip install -r requirements.txt -t /function']),
        errors: [{ messageId: 'codeBeforeInstall' }],
      },
      {
        name: 'go build after the code with no go mod download before',
        image: img([empty('WORKDIR /src'), 'COPY . /src # buildkit', 'RUN /bin/sh -c go build -o /var/task/bootstrap . # buildkit']),
        errors: [{ messageId: 'buildWithoutDependencyLayer', message: /go build/ }],
      },
      {
        name: 'BuildKit with build args: the RUN after code is still judged',
        image: img(['COPY . /var/task # buildkit', 'RUN |1 NPM_TOKEN=x /bin/sh -c npm ci # buildkit']),
        errors: [{ messageId: 'codeBeforeInstall', layer: 2 }],
      },
      {
        name: 'buildah: COPY multi:... in /var/task/ before a package install',
        image: img(['/bin/sh -c #(nop) COPY multi:9f8e7d6c5b4a in /var/task/ ', '/bin/sh -c pip install --no-cache-dir boto3']),
        errors: [{ messageId: 'installAfterCode', message: /pip install --no-cache-dir boto3/ }],
      },
    ],
  },
  { messages: ['codeBeforeInstall', 'installAfterCode', 'buildWithoutDependencyLayer'] },
);
